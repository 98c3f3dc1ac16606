import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";

/** Budget for 10 MB of hostile input; the real figure is in `npm run bench:extract`. */
const HOSTILE_BUDGET_MS = 5000;

describe("extractArticle on any input", () => {
  it("never throws and keeps every quote's text equal to its slice", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            "“",
            "”",
            '"',
            "'",
            "’",
            "\n",
            " ",
            "A",
            "b",
            ".",
            ",",
            "said",
            "he",
            "Jo Roe",
          ),
          maxLength: 200,
        }),
        (s) => {
          const a = extractArticle(s);
          for (const q of a.quotes)
            expect(a.text.slice(q.start, q.end)).toBe(q.text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([
    ["empty", ""],
    ["only newlines", "\n\n\n"],
    ["only a BOM", "\uFEFF"],
    ["lone surrogate", "\uD800 “x”"],
  ])("copes with %s", (_name, input) => {
    expect(() => extractArticle(input)).not.toThrow();
  });

  it("handles 10 MB of quotation marks in linear time", () => {
    const hostile = "“".repeat(5_000_000) + '"'.repeat(5_000_000);
    const t0 = performance.now();
    extractArticle(hostile);
    expect(performance.now() - t0).toBeLessThan(HOSTILE_BUDGET_MS);
  });
});
