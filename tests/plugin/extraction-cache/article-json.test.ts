import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BuiltArticle } from "../../../src/plugin/articles.ts";
import {
  articleJson,
  keepArticleJson,
} from "../../../src/plugin/extraction-cache/article-json.ts";
import { ExtractionCache } from "../../../src/plugin/extraction-cache/index.ts";

const SEED = `Ferry fares rise

“Nobody likes paying more,” Transport Minister Ana Diaz said on Tuesday.
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "article-json-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("articleJson", () => {
  it("is the JSON of a newly extracted article, and not kept for one from the cache", async () => {
    const job = { file: "ferry.txt", slug: "ferry", text: SEED };
    const [fresh] = await new ExtractionCache(dir, 1).extractAll([job]);
    const json = articleJson(fresh!.article);
    // ASCII, as stored: the quotation marks escaped.
    expect(json).toMatch(/^\{"text":"Ferry fares rise\\n\\n\\u201cNobody/);
    expect(JSON.parse(json!)).toEqual(fresh?.article);
    const [cached] = await new ExtractionCache(dir, 1).extractAll([job]);
    expect(cached).toEqual(fresh);
    expect(articleJson(cached!.article)).toBeUndefined();
  });

  it.each([
    [
      "a stored result",
      '{"article":{"text":"A \\"notes\\":[ B"},"notes":[],"terms":"a 1"}',
      '{"text":"A \\"notes\\":[ B"}',
    ],
    [
      "notes that look like the article's end",
      '{"article":{"text":"A"},"notes":[",\\"notes\\":["],"terms":""}',
      '{"text":"A"}',
    ],
    ["someone else's JSON", '{"text":"A"}', undefined],
  ])("cuts the article from %s", (_, json, expected) => {
    const built = { article: {} } as BuiltArticle;
    keepArticleJson(built, json);
    expect(articleJson(built.article)).toBe(expected);
  });
});
