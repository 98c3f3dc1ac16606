import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExtractionCache } from "../../../src/plugin/extraction-cache/index.ts";
import {
  articleJson,
  articleSpan,
  countQuotes,
  fromCache,
  quoteCount,
  speakerRoles,
  withSlug,
} from "../../../src/plugin/extraction-cache/stored-article.ts";
import type { Article } from "../../../src/model/article.ts";
import { collectSpeakers } from "../../../src/plugin/speakers.ts";

const SEED = `Ferry fares rise

“Nobody likes paying more,” Transport Minister Ana Diaz said on Tuesday.
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "stored-article-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("storedArticle", () => {
  it("gives a new article and one from the cache their JSON as stored, and their fields back", async () => {
    const job = { file: "ferry.txt", slug: "ferry", text: SEED };
    const [fresh] = await new ExtractionCache(dir, 1).extractAll([job]);
    const json = articleJson(fresh!.article);
    // ASCII, as stored: the quotation marks escaped.
    expect(json).toMatch(/^\{"text":"Ferry fares rise\\n\\n\\u201cNobody/);
    expect(JSON.parse(json!)).toEqual(fresh?.article);
    const [cached] = await new ExtractionCache(dir, 1).extractAll([job]);
    expect(cached).toEqual(fresh);
    expect(articleJson(cached!.article)).toBe(json);
    expect(JSON.stringify(cached!.article)).toBe(
      JSON.stringify(fresh!.article),
    );
    expect(quoteCount(cached!.article)).toBe(1);
    expect(cached!.article.quotes[0]?.speaker).toBe("Ana Diaz");
  });

  it("gives an article another slug, its JSON saying so, without reading it back", async () => {
    const job = { file: "ferry.txt", slug: "ferry", text: SEED };
    const [fresh] = await new ExtractionCache(dir, 1).extractAll([job]);
    const renamed = withSlug(fresh!.article, "ferry-fares-rise");
    expect(renamed.slug).toBe("ferry-fares-rise");
    expect(fresh!.article.slug).toBe("ferry");
    expect(JSON.parse(articleJson(renamed)!)).toEqual({
      ...fresh!.article,
      slug: "ferry-fares-rise",
    });
    expect(articleJson(withSlug(renamed, "ferry-2"))).toContain(
      ',"slug":"ferry-2",',
    );
  });

  it("keeps a field set on a stored article", async () => {
    const job = { file: "ferry.txt", slug: "ferry", text: SEED };
    const [fresh] = await new ExtractionCache(dir, 1).extractAll([job]);
    fresh!.article.text = "Changed";
    expect(fresh!.article.text).toBe("Changed");
    expect(fresh!.article.quotes).toHaveLength(1);
  });

  it("gives the same speakers' profiles from stored articles, new or cached, their quotes read now or later, as from whole ones", async () => {
    const jobs = [
      { file: "ferry.txt", slug: "ferry", text: SEED },
      {
        file: "port.txt",
        slug: "port",
        text: `Port talks stall

“We will not sign this,” union leader Sam Okafor said. “Not today,” Ana Diaz said.

“It may change,” he added. Okafor spoke after the vote.
`,
      },
      { file: "none.txt", slug: "none", text: "Quiet day\n\nNothing said.\n" },
    ];
    const [fresh, cached] = [
      await new ExtractionCache(dir, 1).extractAll(jobs),
      await new ExtractionCache(dir, 1).extractAll(jobs),
    ].map((results) => results.map((result) => result!.article));
    const whole = fresh!.map(
      (article) => JSON.parse(JSON.stringify(article)) as Article,
    );
    expect(
      [whole, fresh!, cached!].map((articles) => articles.map(fromCache)),
    ).toEqual([
      [false, false, false],
      [false, false, false],
      [true, true, true],
    ]);
    expect(cached!.map(speakerRoles)).toEqual(whole.map(speakerRoles));
    // Counted from the cache's lines without parsing the quotes.
    expect(cached!.map(quoteCount)).toEqual(
      whole.map((article) => article.quotes.length),
    );
    expect(whole.map((article) => article.quotes.length)).toContain(3);
    expect(whole[0] && speakerRoles(whole[0])).toEqual(["Transport Minister"]);
    const profiles = JSON.stringify(collectSpeakers(whole));
    expect(profiles).toContain('"quotes":[{"id":"q-');
    expect(JSON.stringify(collectSpeakers(fresh!))).toBe(profiles);
    expect(JSON.stringify(collectSpeakers(cached!))).toBe(profiles);
    // Their quotes picked from the articles' when asked for.
    const later = (articles: Article[]): string =>
      JSON.stringify(
        collectSpeakers(articles, undefined, undefined, fromCache),
      );
    expect(later(cached!)).toBe(profiles);
    expect(later(fresh!)).toBe(profiles);
  });

  it.each([
    ["no quotes", "[]", 0],
    ["two quotes", '[{"id":"q-1","text":"{\\"id\\":"},{"id":"q-2"}]', 2],
    ["quotes of another shape", '[{"text":"A","id":"q-1"}]', undefined],
  ])("counts %s", (_, json, expected) => {
    const bytes = Buffer.from(`x${json}y`, "latin1");
    expect(countQuotes(bytes, 1, bytes.length - 1)).toBe(expected);
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
  ])("finds the article in %s", (_, json, expected) => {
    const bytes = Buffer.from(json, "latin1");
    const span = articleSpan(bytes);
    expect(span && bytes.toString("latin1", span.start, span.end)).toBe(
      expected,
    );
  });
});
