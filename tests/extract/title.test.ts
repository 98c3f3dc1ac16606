import { describe, expect, it, vi } from "vitest";
import type * as Normalize from "../../src/extract/normalize.ts";
import { extractTitledArticle } from "../../src/extract/index.ts";
import { fallbackTitle } from "../../src/extract/title.ts";

// An extractor bug must cost the article its quotes, never the article.
vi.mock("../../src/extract/normalize.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof Normalize>();
  return {
    ...actual,
    normalizeText: (raw: string) => {
      if (raw.includes("EXPLODE")) throw new Error("boom");
      return actual.normalizeText(raw);
    },
  };
});

describe("titles for files without a title line", () => {
  it.each([
    ["Title\n\nBody.", "Title", []],
    ["Just a title", "Just a title", []],
    ["Why now? Experts weigh in\n\nBody.", "Why now? Experts weigh in", []],
    [
      // A real headline with an abbreviation and a full stop stays whole.
      "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nBody.",
      "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.",
      [],
    ],
    [
      "Game over. Will Sanders come down off the pique?\n\nAfter Tuesday night, he lost.",
      "Game over. Will Sanders come down off the pique?",
      [],
    ],
    [
      `It rained all day in the city and the river rose. ${"Then it stopped and started again. ".repeat(4)}\n\nMore.`,
      "It rained all day in the city and the river rose",
      ["no title line: title taken from the first sentence"],
    ],
    [
      `Mr. Roe said the council would meet again. ${"More words follow here. ".repeat(10)}`,
      "Mr. Roe said the council would meet again",
      ["no title line: title taken from the first sentence"],
    ],
    [
      `${"word ".repeat(50)}end`,
      "file name",
      ["no title line: title taken from the file name"],
    ],
  ])("%j is titled %j", (text, title, notes) => {
    const { extracted, notes: seen } = extractTitledArticle(
      text,
      "file name.txt",
    );
    expect(extracted.title).toBe(title);
    expect(seen).toEqual(notes);
  });

  it.each([
    ["It rained all day. Then it stopped.", "It rained all day"],
    ["“Never,” she said! And left.", "“Never,” she said!"],
    [
      "Mr. Roe and Dr. Poe met in the U.S. Senate. Later…",
      "Mr. Roe and Dr. Poe met in the U.S. Senate",
    ],
    [`${"word ".repeat(50)}end`, "file name"],
    ["", "file name"],
  ])("first sentence of %j -> %j", (line, title) => {
    expect(fallbackTitle("file name.txt", line)).toBe(title);
  });
});

describe("extractTitledArticle when extraction throws", () => {
  it("keeps the text's lines as the title and paragraphs, with a note", () => {
    const { extracted, notes } = extractTitledArticle(
      "Extractor bug\r\n\r\nThis line will EXPLODE.\n\n“Still here,” she said.",
      "bug.txt",
    );
    expect(extracted.title).toBe("Extractor bug");
    expect(
      extracted.paragraphs.map(({ start, end }) =>
        extracted.text.slice(start, end),
      ),
    ).toEqual(["This line will EXPLODE.", "“Still here,” she said."]);
    expect(extracted.quotes).toEqual([]);
    expect(notes).toEqual(["extraction failed (boom): shown without quotes"]);
  });

  it("titles a text without a title line before giving it up, noting it once", () => {
    const line = `${"The line will EXPLODE and go on ".repeat(6)}without a stop`;
    const { extracted, notes } = extractTitledArticle(line, "bug.txt");
    expect(extracted.title).toBe("bug");
    expect(extracted.text).toBe(`bug\n\n${line}`);
    expect(notes).toEqual([
      "extraction failed (boom): shown without quotes",
      "no title line: title taken from the file name",
    ]);
  });
});
