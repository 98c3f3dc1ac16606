import { cp, mkdtemp, readdir, rm, unlink, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticle } from "../../bench/generate.ts";
import {
  SEEDS_DIR,
  buildSite,
  serveStatic,
  SEED_SLUG,
} from "../support/site.ts";

/**
 * What `dist/` holds after a build is exactly the seeds' site, whatever the cache held or
 * where it lived: the output folder lists its own files (`.quote-reader-files`).
 */
const folders: string[] = [];
let seedsDir: string;
const retracted = generateArticle(7, 3);

const temp = async (prefix: string): Promise<string> => {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
};

/** Every file of a folder, relative, sorted. */
async function listing(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

beforeAll(async () => {
  seedsDir = await temp("published-seeds-");
  await cp(SEEDS_DIR, seedsDir, { recursive: true });
  await writeFile(path.join(seedsDir, retracted.name), retracted.text);
});

afterAll(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe("what is published", () => {
  it("drops a removed article even when the cache was emptied in between", async () => {
    const outDir = await temp("published-out-");
    const first = await buildSite({
      seedsDir,
      outDir,
      env: { QUOTE_READER_CACHE: await temp("published-cache-a-") },
    });
    const slug = /articles\/([^/]+)\/index\.html/.exec(
      (await listing(outDir)).find(
        (file) => file.startsWith("articles/") && !file.includes(SEED_SLUG),
      ) ?? "",
    )?.[1];
    expect(slug, first.stdout).toBeDefined();

    await unlink(path.join(seedsDir, retracted.name));
    try {
      // A fresh cache, as after `npm ci` or on another machine.
      await buildSite({
        seedsDir,
        outDir,
        env: { QUOTE_READER_CACHE: await temp("published-cache-b-") },
      });
    } finally {
      await writeFile(path.join(seedsDir, retracted.name), retracted.text);
    }
    expect(existsSync(path.join(outDir, "articles", slug as string))).toBe(
      false,
    );
    const server = await serveStatic(outDir);
    try {
      const response = await fetch(`${server.origin}/articles/${slug}/`);
      expect(response.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("ends exact in a folder left by another seeds folder", async () => {
    const outDir = await temp("published-other-");
    await buildSite({
      seedsDir,
      outDir,
      env: { QUOTE_READER_CACHE: await temp("published-cache-c-") },
    });
    // The bundled seed alone, with its own cache, into the same folder…
    await buildSite({
      seedsDir: SEEDS_DIR,
      outDir,
      env: { QUOTE_READER_CACHE: await temp("published-cache-d-") },
    });
    // …holds the same files as the same build into an empty folder.
    const fresh = await temp("published-fresh-");
    await buildSite({
      seedsDir: SEEDS_DIR,
      outDir: fresh,
      env: { QUOTE_READER_CACHE: await temp("published-cache-e-") },
    });
    expect(await listing(outDir)).toEqual(await listing(fresh));
  });

  it("stops before deleting a file no build wrote, unless told to", async () => {
    const outDir = await temp("published-foreign-");
    const cache = await temp("published-cache-f-");
    await buildSite({ outDir, env: { QUOTE_READER_CACHE: cache } });
    await writeFile(path.join(outDir, "notes.txt"), "mine");
    await expect(
      buildSite({ outDir, env: { QUOTE_READER_CACHE: cache } }),
    ).rejects.toThrow(
      /holds a file no build of this site wrote \(notes\.txt\)/,
    );
    expect(existsSync(path.join(outDir, "notes.txt"))).toBe(true);
    expect(existsSync(path.join(outDir, "index.html"))).toBe(true);

    await buildSite({
      outDir,
      env: { QUOTE_READER_CACHE: cache },
      args: ["--emptyOutDir"],
    });
    expect(existsSync(path.join(outDir, "notes.txt"))).toBe(false);
    expect(existsSync(path.join(outDir, "index.html"))).toBe(true);
  });
});
