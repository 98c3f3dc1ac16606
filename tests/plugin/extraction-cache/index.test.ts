import {
  mkdtemp,
  readFile,
  readdir,
  rm,
  truncate,
  writeFile,
} from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as Articles from "../../../src/plugin/articles.ts";

const extracted: string[] = [];
vi.mock("../../../src/plugin/articles.ts", async (original) => {
  const actual = await original<typeof Articles>();
  return {
    ...actual,
    buildArticle: (file: string, slug: string, text: string) => {
      extracted.push(file);
      return actual.buildArticle(file, slug, text);
    },
  };
});

const { ExtractionCache } =
  await import("../../../src/plugin/extraction-cache/index.ts");
const { hashText } = await import("../../../src/plugin/articles.ts");
const { articleJson } =
  await import("../../../src/plugin/extraction-cache/stored-article.ts");
const { bundledEntry } = await import("../../../src/plugin/workers/pool.ts");

const SEED = `Ferry fares rise

“Nobody likes paying more,” Transport Minister Ana Diaz said on Tuesday.
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "extraction-cache-"));
  extracted.length = 0;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ExtractionCache", () => {
  it("extracts a seed once, then serves it from disk to a new build", async () => {
    const job = { file: "ferry.txt", slug: "ferry", text: SEED };
    const first = await new ExtractionCache(dir).extractAll([job]);
    const second = await new ExtractionCache(dir).extractAll([job]);
    expect(extracted).toEqual(["ferry.txt"]);
    expect(second).toEqual(first);
    expect(second[0]?.article.speakers[0]?.name).toBe("Ana Diaz");
  });

  it("extracts again what changed, and only that", async () => {
    const cache = new ExtractionCache(dir);
    const jobs = [
      { file: "a.txt", slug: "a", text: SEED },
      { file: "b.txt", slug: "b", text: SEED },
    ];
    await cache.extractAll(jobs);
    const changed = { ...jobs[1]!, text: `${SEED}\nOne more line.\n` };
    const results = await new ExtractionCache(dir).extractAll([
      jobs[0]!,
      changed,
    ]);
    expect(extracted).toEqual(["a.txt", "b.txt", "b.txt"]);
    expect(results.map((result) => result?.article.slug)).toEqual(["a", "b"]);
  });

  it("answers a job without its text from the stored results only", async () => {
    const job = { file: "a.txt", slug: "a", text: SEED };
    const [stored] = await new ExtractionCache(dir).extractAll([job]);
    const known = { file: "a.txt", slug: "a", hash: hashText(SEED) };
    const unknown = { file: "b.txt", slug: "b", hash: hashText("Other") };
    extracted.length = 0;
    const results = await new ExtractionCache(dir).extractAll([known, unknown]);
    expect(results).toEqual([stored, undefined]);
    expect(extracted).toEqual([]);
  });

  it("keeps the results of one extractor version only", async () => {
    await new ExtractionCache(dir).extractAll([
      { file: "a.txt", slug: "a", text: SEED },
    ]);
    const versions = await readdir(path.join(dir, "extract"));
    expect(versions).toHaveLength(1);
  });

  it("re-extracts an edited seed in a new build, and keeps the others", async () => {
    const jobs = [
      { file: "a.txt", slug: "a", text: SEED },
      { file: "b.txt", slug: "b", text: SEED },
    ];
    await new ExtractionCache(dir).extractAll(jobs);
    const edited = SEED.replace("Ana Diaz", "Ana Ruiz");
    const results = await new ExtractionCache(dir).extractAll([
      jobs[0]!,
      { ...jobs[1]!, text: edited },
    ]);
    expect(extracted).toEqual(["a.txt", "b.txt", "b.txt"]);
    expect(results[1]?.article.text).toBe(edited);
    expect(results[1]?.article.speakers[0]?.name).toBe("Ana Ruiz");
    expect(results[0]?.article.speakers[0]?.name).toBe("Ana Diaz");
  });

  it("gives back the article's text exactly, whether or not it is the seed's", async () => {
    const jobs = [
      { file: "plain.txt", slug: "plain", text: SEED },
      // Normalized on extraction: the stored text is not the seed's.
      { file: "crlf.txt", slug: "crlf", text: SEED.replace(/\n/g, "\r\n") },
    ];
    const first = await new ExtractionCache(dir).extractAll(jobs);
    const second = await new ExtractionCache(dir).extractAll(jobs);
    expect(extracted).toEqual(["plain.txt", "crlf.txt"]);
    expect(second).toEqual(first);
    expect(Object.keys(second[0]!.article)).toEqual(
      Object.keys(first[0]!.article),
    );
  });

  it("gives back a text full of JSON escapes exactly, and the article's fields in their order", async () => {
    // Straight quotes, backslashes (one ending a line, one before a quote), a tab, and
    // characters stored escaped.
    const text = `Paths and quotes\n\nShe typed "C:\\temp\\" and C:\\\n\n\t“Done,” said Ana Diaz — café.\n`;
    const job = { file: "escapes.txt", slug: "escapes", text };
    const [fresh] = await new ExtractionCache(dir).extractAll([job]);
    const [stored] = await new ExtractionCache(dir).extractAll([job]);
    expect(extracted).toEqual(["escapes.txt"]);
    expect(stored!.article.text).toBe(fresh!.article.text);
    expect(JSON.stringify(stored)).toBe(JSON.stringify(fresh));
  });

  it("names the cache folder when an article's stored text turns out damaged", async () => {
    const job = { file: "a.txt", slug: "a", text: SEED };
    await new ExtractionCache(dir).extractAll([job]);
    const [pack] = await cacheFiles();
    // An escape JSON does not have, inside the text: the rest of the line still parses.
    const line = await readFile(pack!, "latin1");
    await writeFile(pack!, line.replace("\\n", "\\q"), "latin1");
    const [result] = await new ExtractionCache(dir).extractAll([job]);
    expect(result?.article.speakers[0]?.name).toBe("Ana Diaz");
    expect(() => result?.article.text).toThrow(/damaged.*cache/);
  });

  it("keeps in its file only the seeds of the last build", async () => {
    const a = { file: "a.txt", slug: "a", text: SEED };
    const b = { file: "b.txt", slug: "b", text: `${SEED}\nMore.\n` };
    await new ExtractionCache(dir).extractAll([a, b]);
    await new ExtractionCache(dir).extractAll([a]);
    const files = await cacheFiles();
    expect(files).toHaveLength(1);
    const lines = (await readFile(files[0]!, "utf8")).trimEnd().split("\n");
    expect(lines).toHaveLength(1);
  });

  it("appends a build's few new results to the journal, leaving the pack as it was", async () => {
    const jobs = Array.from({ length: 20 }, (_, index) => ({
      file: `${index}.txt`,
      slug: String(index),
      text: SEED.replace("Tuesday", `day ${index}`),
    }));
    await new ExtractionCache(dir).extractAll(jobs);
    const [pack] = await cacheFiles();
    const before = await readFile(pack!, "utf8");
    const last = jobs[19]!;
    const edited = [
      ...jobs.slice(0, 19),
      { ...last, text: `${last.text}\nMore.\n` },
    ];
    await new ExtractionCache(dir).extractAll(edited);
    expect((await cacheFiles()).map((file) => path.basename(file))).toEqual([
      "journal.pack",
      "results.pack",
    ]);
    expect(await readFile(pack!, "utf8")).toBe(before);
    extracted.length = 0;
    const again = await new ExtractionCache(dir).extractAll(edited);
    expect(extracted).toEqual([]);
    expect(again[19]?.article.text).toContain("More.");
  });

  it("ignores a damaged cache file and extracts again", async () => {
    const jobs = [
      { file: "a.txt", slug: "a", text: SEED },
      { file: "b.txt", slug: "b", text: `${SEED}\nMore.\n` },
    ];
    await new ExtractionCache(dir).extractAll(jobs);
    const [pack] = await cacheFiles();
    const text = await readFile(pack!, "utf8");
    // Damage the first line's JSON, keep its key; cut the second line short.
    await writeFile(
      pack!,
      text.replace(/\t\{/, "\t{oops").slice(0, text.length - 40),
    );
    const results = await new ExtractionCache(dir).extractAll(jobs);
    expect(extracted).toEqual(["a.txt", "b.txt", "a.txt", "b.txt"]);
    expect(results[0]?.article.speakers[0]?.name).toBe("Ana Diaz");
    // ...and the file written after it is whole again.
    await new ExtractionCache(dir).extractAll(jobs);
    expect(extracted).toHaveLength(4);
  });

  it.each([
    ["empty", ""],
    ["binary", "\u0000\u0001\u0002garbage\n\n\t{}\n"],
    ["someone else's JSON", '{"article": 1}\n'],
  ])("ignores a cache file that is %s", async (_, content) => {
    const job = { file: "a.txt", slug: "a", text: SEED };
    await new ExtractionCache(dir).extractAll([job]);
    const [pack] = await cacheFiles();
    await writeFile(pack!, content);
    const [result] = await new ExtractionCache(dir).extractAll([job]);
    expect(extracted).toEqual(["a.txt", "a.txt"]);
    expect(result?.article.speakers[0]?.name).toBe("Ana Diaz");
  });

  it("ignores a half-written file a crashed build left behind", async () => {
    const job = { file: "a.txt", slug: "a", text: SEED };
    await new ExtractionCache(dir).extractAll([job]);
    const [pack] = await cacheFiles();
    await truncate(pack!, 100);
    const [result] = await new ExtractionCache(dir).extractAll([job]);
    expect(extracted).toEqual(["a.txt", "a.txt"]);
    expect(result?.article.title).toBe("Ferry fares rise");
  });

  it("keeps a dev server's later edits for the next start", async () => {
    const a = { file: "a.txt", slug: "a", text: SEED };
    const server = new ExtractionCache(dir);
    await server.extractAll([a]);
    const edit = { ...a, text: `${SEED}\nAn update.\n` };
    await server.extractAll([edit]);
    await new ExtractionCache(dir).extractAll([edit]);
    expect(extracted).toEqual(["a.txt", "a.txt"]);
  });

  it("leaves a whole cache when two builds write it at once", async () => {
    const jobs = Array.from({ length: 20 }, (_, index) => ({
      file: `${index}.txt`,
      slug: String(index),
      text: `${SEED}\nNote ${index}.\n`,
    }));
    await Promise.all([
      new ExtractionCache(dir).extractAll(jobs),
      new ExtractionCache(dir).extractAll(jobs.slice(5)),
    ]);
    const files = await cacheFiles();
    expect(files.map((file) => path.basename(file))).toEqual(["results.pack"]);
    extracted.length = 0;
    await new ExtractionCache(dir).extractAll(jobs.slice(5));
    expect(extracted).toEqual([]);
  });
});

describe("ExtractionCache on worker threads", () => {
  it("gives the same articles as extracting here, in the jobs' order", async () => {
    // The worker's code ready beforehand, and enough seeds that the worker, which takes
    // them once it has started, gets some.
    await bundledEntry(
      new URL("../../../src/plugin/workers/extract-worker.ts", import.meta.url),
    );
    const jobs = Array.from({ length: 1500 }, (_, index) => ({
      file: `${String(index).padStart(3, "0")}.txt`,
      slug: String(index),
      text: SEED.replace("Tuesday", `day ${index}`),
    }));
    const threaded = await new ExtractionCache(dir).extractAll(jobs);
    // With a second core, a worker took some (its calls are not counted here).
    if (availableParallelism() > 1) expect(extracted.length).toBeLessThan(1500);
    const here = await new ExtractionCache(
      path.join(dir, "other"),
      1,
    ).extractAll(jobs);
    expect(threaded).toEqual(here);
    expect(threaded[1499]?.article.text).toContain("day 1499");
    // Each new article's JSON, from a worker or this thread, is the article's.
    for (const built of [...threaded, ...here])
      expect(JSON.parse(articleJson(built!.article) ?? "null")).toEqual(
        built?.article,
      );
  }, 30_000);
});

/** The files in the cache folder of the one extractor version. */
async function cacheFiles(): Promise<string[]> {
  const [version] = await readdir(path.join(dir, "extract"));
  const folder = path.join(dir, "extract", version!);
  return (await readdir(folder)).sort().map((name) => path.join(folder, name));
}
