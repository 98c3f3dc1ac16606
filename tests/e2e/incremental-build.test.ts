import {
  cp,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  unlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticle } from "../../bench/generate.ts";
import { SEEDS_DIR, buildSite } from "../support/site.ts";

let seedsDir: string;
let outDir: string;
const other = generateArticle(3, 5);

beforeAll(async () => {
  seedsDir = await mkdtemp(path.join(tmpdir(), "incremental-seeds-"));
  outDir = await mkdtemp(path.join(tmpdir(), "incremental-out-"));
  await cp(SEEDS_DIR, seedsDir, { recursive: true });
  await writeFile(path.join(seedsDir, "other.txt"), other.text);
});

afterAll(async () => {
  await rm(seedsDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

const read = (file: string): Promise<string> =>
  readFile(path.join(outDir, file), "utf8");
const pagesRendered = (stdout: string): number =>
  Number(/Prerendered (\d+) pages?/.exec(stdout)?.[1]);
const title = (text: string): string => text.split("\n")[0] as string;

describe("building again into the same folder", () => {
  it("bundles the app again when it changed or its files are gone", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "incremental-bundle-"));
    try {
      const first = await buildSite({ seedsDir, outDir: folder });
      const total = pagesRendered(first.stdout);
      // Another base path is another app: bundled again, every page rendered again.
      const moved = await buildSite({
        seedsDir,
        outDir: folder,
        basePath: "/news/",
      });
      expect(moved.stdout).not.toContain("its bundle is kept");
      expect(pagesRendered(moved.stdout)).toBe(total);
      // A bundle file deleted by hand: bundled again, the file is back.
      const home = await readFile(path.join(folder, "index.html"), "utf8");
      const script = /src="\/news\/assets\/([^"]+\.js)"/.exec(home)?.[1];
      expect(script).toBeDefined();
      await unlink(path.join(folder, "assets", script as string));
      const mended = await buildSite({
        seedsDir,
        outDir: folder,
        basePath: "/news/",
      });
      expect(mended.stdout).not.toContain("its bundle is kept");
      await expect(
        stat(path.join(folder, "assets", script as string)),
      ).resolves.toBeTruthy();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("renders only what changed and keeps the site whole", async () => {
    const first = await buildSite({ seedsDir, outDir });
    const total = pagesRendered(first.stdout);
    const articles = (await readdir(path.join(outDir, "articles"))).sort();
    expect(articles).toHaveLength(2);
    const seedSlug = articles.find((slug) =>
      slug.startsWith("putin-blames-us"),
    ) as string;
    const otherSlug = articles.find((slug) => slug !== seedSlug) as string;
    const seedPage = path.join(outDir, "articles", seedSlug, "index.html");
    const seedPageTime = (await stat(seedPage)).mtimeMs;

    // Nothing changed: the app's bundle is kept (not even the home page, where the
    // bundler writes the page template, is rendered again), and the home page is whole.
    const assets = await readdir(path.join(outDir, "assets"));
    const same = await buildSite({ seedsDir, outDir });
    expect(same.stdout).toContain("its bundle is kept");
    expect(pagesRendered(same.stdout)).toBe(0);
    expect(await readdir(path.join(outDir, "assets"))).toEqual(assets);
    const home = await read("index.html");
    expect(home).not.toContain("<!--app-html-->");
    expect(home).toContain(title(other.text));
    for (const [, src] of home.matchAll(/src="\/(assets\/[^"]+)"/g))
      await expect(
        stat(path.join(outDir, src as string)),
      ).resolves.toBeTruthy();

    // One article edited: its page, its module and the list show the edit; the other
    // article's page is not written again.
    const edited = other.text.replace(/^[^\n]*/, "Harbour vote delayed again");
    await writeFile(path.join(seedsDir, "other.txt"), edited);
    const next = await buildSite({ seedsDir, outDir });
    expect(pagesRendered(next.stdout)).toBeLessThan(total);
    expect(await read(`articles/${otherSlug}/index.html`)).toContain(
      "Harbour vote delayed again",
    );
    expect(await read(`data/articles/${otherSlug}.js`)).toContain(
      "Harbour vote delayed again",
    );
    expect(await read("index.html")).toContain("Harbour vote delayed again");
    expect((await stat(seedPage)).mtimeMs).toBe(seedPageTime);
    // The speakers it quotes list it under its new title, in their modules and pages.
    const speakers = await readdir(path.join(outDir, "data/speakers"));
    const showing = [];
    for (const file of speakers)
      if (
        (await read(`data/speakers/${file}`)).includes(
          "Harbour vote delayed again",
        )
      )
        showing.push(file.replace(/\.js$/, ""));
    expect(showing.length).toBeGreaterThan(0);
    for (const slug of showing)
      expect(await read(`speakers/${slug}/index.html`)).toContain(
        "Harbour vote delayed again",
      );

    // One article deleted: its page, folder and module go; the list no longer has it.
    await unlink(path.join(seedsDir, "other.txt"));
    await buildSite({ seedsDir, outDir });
    expect(await readdir(path.join(outDir, "articles"))).toEqual([seedSlug]);
    await expect(read(`data/articles/${otherSlug}.js`)).rejects.toThrow();
    expect(await read("index.html")).not.toContain(
      "Harbour vote delayed again",
    );
    const report = JSON.parse(await read("build-report.json")) as {
      articlesBuilt: number;
    };
    expect(report.articlesBuilt).toBe(1);
  });
});
