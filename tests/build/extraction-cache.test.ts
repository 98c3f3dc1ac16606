import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type * as Articles from "../../src/build/articles.ts";

const extracted: string[] = [];
vi.mock("../../src/build/articles.ts", async (original) => {
  const actual = await original<typeof Articles>();
  return {
    ...actual,
    buildArticle: (file: string, slug: string, text: string) => {
      extracted.push(file);
      return actual.buildArticle(file, slug, text);
    },
  };
});

const { ExtractionCache } = await import("../../src/build/extraction-cache.ts");

const SEED = `Ferry fares rise

“Nobody likes paying more,” Transport Minister Ana Diaz said on Tuesday.
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "extraction-cache-"));
  vi.stubEnv("QUOTE_READER_CACHE", dir);
  extracted.length = 0;
});
afterEach(async () => {
  vi.unstubAllEnvs();
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
    expect(results.map((result) => result.article.slug)).toEqual(["a", "b"]);
  });

  it("keeps the results of one extractor version only", async () => {
    await new ExtractionCache(dir).extractAll([
      { file: "a.txt", slug: "a", text: SEED },
    ]);
    const versions = await readdir(path.join(dir, "extract"));
    expect(versions).toHaveLength(1);
  });
});
