import {
  appendFile,
  mkdtemp,
  readFile,
  readdir,
  rm,
  unlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticle, generateSeeds } from "../../bench/generate.ts";
import { buildSite } from "../support/site.ts";

/**
 * Large builds render on threads (started early, while the build makes the speakers'
 * and the list's data, when every page is to be rendered); small ones on the build's
 * thread. The same seeds must give the same site either way.
 * `QUOTE_READER_THREADED_FROM=1` puts a small site on threads.
 */
const ARTICLES = 60;

let seedsDir: string;
const folders: string[] = [];
let THREADED: NodeJS.ProcessEnv;
let ONE_THREAD: NodeJS.ProcessEnv;

beforeAll(async () => {
  seedsDir = await mkdtemp(path.join(tmpdir(), "threaded-seeds-"));
  await generateSeeds(seedsDir, ARTICLES, 11);
  // A cache each: both builds extract every article.
  const caches = await mkdtemp(path.join(tmpdir(), "threaded-caches-"));
  folders.push(caches);
  THREADED = {
    QUOTE_READER_THREADED_FROM: "1",
    QUOTE_READER_CACHE: path.join(caches, "threaded"),
  };
  ONE_THREAD = {
    QUOTE_READER_THREADS: "1",
    QUOTE_READER_CACHE: path.join(caches, "one"),
  };
});

afterAll(async () => {
  await rm(seedsDir, { recursive: true, force: true });
  for (const folder of folders)
    await rm(folder, { recursive: true, force: true });
});

/** Every file of a folder, relative, with its contents. */
async function contents(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, {
    recursive: true,
    withFileTypes: true,
  }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files.set(path.relative(dir, file), await readFile(file, "utf8"));
    }
  return files;
}

/** The same files in both folders, each with the same contents (named when not). */
async function expectSameFiles(a: string, b: string): Promise<void> {
  const [first, second] = [await contents(a), await contents(b)];
  expect([...first.keys()].sort()).toEqual([...second.keys()].sort());
  const differing = [...first].filter(
    ([file, text]) => second.get(file) !== text,
  );
  expect(differing.map(([file]) => file)).toEqual([]);
}

const pagesRendered = (stdout: string): number =>
  Number(/Prerendered (\d+) pages?/.exec(stdout)?.[1]);

async function build(env: NodeJS.ProcessEnv, outDir?: string) {
  const site = await buildSite({ seedsDir, env, outDir });
  if (!folders.includes(site.outDir)) folders.push(site.outDir);
  return { ...site, pages: pagesRendered(site.stdout) };
}

describe("a build on threads", () => {
  it("makes the same site as on one thread or from the cache, first build and rebuild", async () => {
    const threaded = await build(THREADED);
    const single = await build(ONE_THREAD);
    const html = [...(await contents(threaded.outDir)).keys()].filter((file) =>
      file.endsWith(".html"),
    );
    // Every page (the list's, each article's and speaker's, the speakers', 404) counted once.
    expect(threaded.pages).toBe(html.length);
    expect(single.pages).toBe(threaded.pages);
    expect(html.filter((file) => file.startsWith("articles/"))).toHaveLength(
      ARTICLES,
    );
    await expectSameFiles(threaded.outDir, single.outDir);
    // Into a new folder with a warm cache: every article loaded from the cache, the same
    // bytes as when they were just extracted (a site built on two machines deploys as one).
    const cached = await build(THREADED);
    expect(cached.pages).toBe(threaded.pages);
    await expectSameFiles(cached.outDir, threaded.outDir);

    // One article edited: each folder's rebuild renders the same few pages again.
    const { name } = generateArticle(2, 11);
    await appendFile(path.join(seedsDir, name), "\nOne more sentence.\n");
    const threadedAgain = await build(THREADED, threaded.outDir);
    const singleAgain = await build(ONE_THREAD, single.outDir);
    expect(threadedAgain.pages).toBeGreaterThan(0);
    expect(threadedAgain.pages).toBeLessThan(threaded.pages);
    expect(singleAgain.pages).toBe(threadedAgain.pages);
    await expectSameFiles(threaded.outDir, single.outDir);
    const after = await contents(threaded.outDir);
    expect(
      [...after.entries()].some(
        ([file, text]) =>
          file.startsWith("data/articles/") &&
          text.includes("One more sentence."),
      ),
    ).toBe(true);
  });

  it("rebuilds after articles are changed, removed and added into the same site as a cold build", async () => {
    const site = await build(THREADED);
    // A speaker's quote more in one article, one article gone, one new.
    const changed = generateArticle(3, 11);
    await appendFile(
      path.join(seedsDir, changed.name),
      "\n“We will see,” Ana Diaz said.\n",
    );
    await unlink(path.join(seedsDir, generateArticle(4, 11).name));
    const added = generateArticle(ARTICLES + 1, 11);
    await writeFile(path.join(seedsDir, added.name), added.text);
    const rebuilt = await build(THREADED, site.outDir);
    expect(rebuilt.pages).toBeLessThan(site.pages);
    const caches = await mkdtemp(path.join(tmpdir(), "threaded-cold-"));
    folders.push(caches);
    const cold = await build({
      ...THREADED,
      QUOTE_READER_CACHE: path.join(caches, "cold"),
    });
    await expectSameFiles(rebuilt.outDir, cold.outDir);
    const speakers = (await readdir(path.join(cold.outDir, "speakers"))).length;
    expect(speakers).toBeGreaterThan(10);
  });
});
