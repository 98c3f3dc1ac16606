import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/extract/index.ts";
import type { ExtractedArticle } from "../../src/model/article.ts";

/**
 * Properties that hold for any input at all: extraction returns, its offsets point into
 * its own text, and it gives the same answer twice. The inputs are what a seeds folder
 * can hold: any Unicode, and soups of quotation marks, names and speech verbs.
 */

/** Every span and quote of the result is inside `text`, and each quote is its slice. */
function checkOffsets(result: ExtractedArticle): void {
  const { text } = result;
  const inside = ({ start, end }: { start: number; end: number }): boolean =>
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start <= end &&
    end <= text.length;
  for (const span of [...result.paragraphs, ...result.relatedLinks])
    expect(inside(span), JSON.stringify(span)).toBe(true);
  for (const quote of result.quotes) {
    expect(inside(quote), JSON.stringify(quote)).toBe(true);
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote.paragraph).toBeGreaterThanOrEqual(0);
    expect(quote.paragraph).toBeLessThan(result.paragraphs.length);
  }
  expect(new Set(result.quotes.map((quote) => quote.id)).size).toBe(
    result.quotes.length,
  );
}

const QUOTE_MARKS = [
  "“",
  "”",
  '"',
  "'",
  "‘",
  "’",
  "«",
  "»",
  "„",
  "‹",
  "›",
  "「",
  "」",
  "`",
  "″",
];

/** Pieces that make extraction work hard: marks, names, cues, line breaks, odd spaces. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      " ",
      "\n",
      "\n\n",
      "\r\n",
      "\r",
      "\t",
      "\u00a0",
      "\u200b",
      "\u2028",
      "\uFEFF",
    ),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "said",
      "told reporters",
      "according to",
      "he",
      "she",
      "they",
      "Mr.",
      "Dr.",
      "Jo Roe",
      "Roe",
      "Dmitry Peskov",
      "the Kremlin",
      "By",
      "Read",
      ",",
      ".",
      "?",
      "!",
      "-",
      "—",
      "…",
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
);
const soup = fc
  .array(piece, { maxLength: 200 })
  .map((pieces) => pieces.join(""));

describe("extractArticle on any input", () => {
  it("returns, with offsets inside its text, for arbitrary Unicode (lone surrogates too)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (raw) => {
        checkOffsets(extractArticle(raw));
      }),
      { numRuns: 500 },
    );
  });

  it("returns, with offsets inside its text, for quotation-mark soup", () => {
    fc.assert(
      fc.property(soup, (raw) => {
        checkOffsets(extractArticle(raw));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives the same answer twice", () => {
    fc.assert(
      fc.property(soup, (raw) => {
        expect(extractArticle(raw)).toEqual(extractArticle(raw));
      }),
      { numRuns: 200 },
    );
  });

  it("returns on huge inputs: 1 MB of quotation marks, of soup, of one line", () => {
    const marks = "“".repeat(1_000_000);
    const mixed = "“a ”\"b' ‘’«» „\n".repeat(70_000);
    const line = "“It is,” Jo Roe said, “not over.” ".repeat(30_000);
    for (const raw of [marks, mixed, line]) checkOffsets(extractArticle(raw));
    // Whether it returns, not how fast: `bench/hostile.ts` prints the times.
  }, 60_000);
});

/** Fastest of a few runs, to damp noise from other work on the machine. */
function fastest(raw: string, runs = 3): number {
  let best = Infinity;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    extractArticle(raw);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe("extractArticle time", () => {
  // A loose bound, for a machine busy with other tests, that still catches quadratic
  // work: 8x the input takes about 8x the time when linear, 64x when quadratic.
  it.each([
    ["quotation marks", "“ ” \" ' ‘ ’ « » „ "],
    ["quotes with cues", "“Yes,” Jo Roe said. “No,” he added.\n\n"],
    ["one line of soup", "“a ”\"b' ‘’«» „ Mr. Roe said "],
  ])(
    "grows about linearly with the input: %s",
    { timeout: 60_000 },
    (_name, unit) => {
      const small = `Title\n\n${unit.repeat(Math.ceil(100_000 / unit.length))}`;
      const large = `Title\n\n${unit.repeat(Math.ceil(800_000 / unit.length))}`;
      fastest(small, 1); // warm up the JIT
      const ratio = fastest(large, 2) / Math.max(fastest(small), 10);
      expect(ratio).toBeLessThan(24);
    },
  );
});
