import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  precacheEntries,
  precacheScript,
  webManifest,
} from "../../src/plugin/pwa.ts";

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pwa-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A built site's files, path -> contents. */
async function site(files: Record<string, string>): Promise<void> {
  for (const [file, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), contents);
  }
}

const md5 = (text: string): string =>
  createHash("md5").update(text).digest("hex");

const SHELL = {
  "index.html": "<!doctype html>home",
  "assets/index-AbC123xy.js": "app",
  "assets/index-Zz9_8yY-.css": "styles",
  "theme.js": "theme",
  "registerSW.js": "register",
  "favicon.svg": "<svg/>",
  "icons/icon-192.png": "png192",
  "icons/icon-512.png": "png512",
  "manifest.webmanifest": "{}",
};

describe("precacheEntries", () => {
  it("lists the app shell: Vite's hashed assets by name, every other file by its MD5", async () => {
    await site({
      ...SHELL,
      // Not the shell: the worker and its list, lazily loaded chunks, pages and data.
      "sw.js": "worker",
      "sw-precache.js": "list",
      "assets/ArticlePage-Q1w2E3r4.js": "chunk",
      "404.html": "missing",
      "articles/one/index.html": "article",
      "data/articles/one.js": "data",
    });

    const entries = precacheEntries(dir, "assets");

    expect([...entries].sort((a, b) => (a.url < b.url ? -1 : 1))).toEqual([
      { url: "assets/index-AbC123xy.js", revision: null },
      { url: "assets/index-Zz9_8yY-.css", revision: null },
      { url: "favicon.svg", revision: md5("<svg/>") },
      { url: "icons/icon-192.png", revision: md5("png192") },
      { url: "icons/icon-512.png", revision: md5("png512") },
      { url: "index.html", revision: md5("<!doctype html>home") },
      { url: "manifest.webmanifest", revision: md5("{}") },
      { url: "registerSW.js", revision: md5("register") },
      { url: "theme.js", revision: md5("theme") },
    ]);
  });

  it("gives a changed file a new revision and leaves the others", async () => {
    await site(SHELL);
    const before = precacheEntries(dir, "assets");
    await writeFile(path.join(dir, "index.html"), "<!doctype html>new home");
    const after = precacheEntries(dir, "assets");

    const changed = after.filter(
      (entry, index) => entry.revision !== before[index]?.revision,
    );
    expect(changed.map((entry) => entry.url)).toEqual(["index.html"]);
  });
});

describe("precacheScript", () => {
  it("sets the list and the version the worker reads, and changes with either", () => {
    const entries = [{ url: "index.html", revision: "abc" }];
    const script = precacheScript(entries, "v1");
    const scope: {
      __PRECACHE__?: unknown;
      __SITE_VERSION__?: unknown;
    } = {};
    new Function("self", script)(scope);
    expect(scope).toEqual({ __PRECACHE__: entries, __SITE_VERSION__: "v1" });
    expect(precacheScript(entries, "v2")).not.toBe(script);
  });
});

describe("webManifest", () => {
  it("starts and stays under the site's base path", () => {
    const manifest = webManifest("/news/");
    expect(manifest.start_url).toBe("/news/");
    expect(manifest.scope).toBe("/news/");
    expect(manifest.name).toBe("Quote Reader");
  });
});
