import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import expected from "./fixtures/seed.expected.json" with { type: "json" };

const raw = readFileSync(
  new URL(`../../${expected.file}`, import.meta.url),
  "utf8",
);
const article = extractArticle(raw);

describe("golden: the seed article", () => {
  it("finds title, standfirst, byline, body paragraphs and the related link", () => {
    expect(article.title).toBe(expected.title);
    expect(article.standfirst).toBe(expected.standfirst);
    expect(article.byline).toBe(expected.byline);
    expect(article.paragraphs).toHaveLength(expected.bodyParagraphs);
    expect(
      article.relatedLinks.map((s) => article.text.slice(s.start, s.end)),
    ).toEqual(
      expected.relatedLinks.map((headline) =>
        expect.stringContaining(headline),
      ),
    );
  });

  it("finds exactly the gold quotes, offsets and speakers", () => {
    expect(
      article.quotes.map(({ text, speaker, start, end }) => ({
        text,
        speaker,
        start,
        end,
      })),
    ).toEqual(expected.quotes);
    for (const q of article.quotes)
      expect(article.text.slice(q.start, q.end)).toBe(q.text);
  });

  it("says why: the Kremlin is an organisation, the 2nd Peskov quote an alias, the 2nd Lavrov a pronoun", () => {
    const [putin, kremlin, , peskov2, , lavrov2] = article.quotes;
    expect(putin?.speakerKind).toBe("person");
    expect(kremlin).toMatchObject({
      speakerKind: "organisation",
      method: "organisation",
      kind: "partial",
    });
    expect(peskov2?.method).toBe("alias");
    expect(lavrov2).toMatchObject({ method: "pronoun", cue: "added" });
  });

  it("lists exactly the gold people with their roles, and no places or organisations", () => {
    expect(article.people.map(({ name, role }) => ({ name, role }))).toEqual(
      expected.people,
    );
    const names = article.people.map((p) => p.name);
    for (const notPerson of expected.notPeople)
      expect(names).not.toContain(notPerson);
  });

  it("counts quotes per person and lists speakers most quoted first", () => {
    const quotes = Object.fromEntries(
      article.people.map((p) => [p.name, p.quotes]),
    );
    expect(quotes).toMatchObject({
      "Dmitry Peskov": 2,
      "Sergei Lavrov": 2,
      "Vladimir Putin": 1,
    });
    expect(article.speakers.map((s) => s.name)).toEqual([
      "Dmitry Peskov",
      "Sergei Lavrov",
      "Vladimir Putin",
      "Kremlin",
    ]);
    expect(article.speakers.find((s) => s.name === "Kremlin")?.kind).toBe(
      "organisation",
    );
  });
});
