import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/extract/normalize.ts";

describe("normalizeText", () => {
  const table: [string, string, string][] = [
    ["plain text is unchanged", "Hello, world.", "Hello, world."],
    ["leading BOM is dropped", "\uFEFFTitle", "Title"],
    ["CRLF becomes LF", "a\r\nb\r\n", "a\nb\n"],
    ["lone CR becomes LF", "a\rb", "a\nb"],
    ["NBSP becomes a space, one for one", "Mr.\u00A0Lavrov", "Mr. Lavrov"],
    ["narrow NBSP and thin space too", "10\u202F000\u2009km", "10 000 km"],
    ["zero-width space inside a word is removed", "Pes\u200Bkov", "Peskov"],
    ["soft hyphen is removed", "Kreml\u00ADin", "Kremlin"],
    ["a BOM in the middle is removed", "a\uFEFFb", "ab"],
    ["a line separator inside a line is a space", "a\u2028b", "a b"],
    ["a paragraph separator inside a line is a space", "a\u2029b", "a b"],
    ["tab becomes a space", "a\tb", "a b"],
    ["empty string", "", ""],
    [
      "curly quotes and apostrophes stay",
      "“Don’t,” she said.",
      "“Don’t,” she said.",
    ],
  ];
  it.each(table)("%s", (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("does not change the length when only spaces are replaced", () => {
    const input = "a\u00A0b\u2003c";
    expect(normalizeText(input)).toHaveLength(input.length);
  });
});
