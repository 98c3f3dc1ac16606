import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  endsWithStop,
  isBlank,
  isRegexSpace,
  isSpaces,
  isWordChar,
  joinedWordEnd,
  lowerCase,
  nextWordStart,
  startsUpper,
  TOKEN,
  tokenize,
  wordCharsEnd,
  WORD_CHARS,
} from "../../src/extract/tokens.ts";

/**
 * The hand-written scanners in `tokens.ts` stand in for regular expressions on the hot
 * paths; each must answer exactly as its regex does, on any text.
 */

/** Characters on every side of the scanners' boundaries: word, joiner, space, mark. */
const PIECES = [
  ..."aZé.'’-_ 0\n\t“”\"(),;:!?SsÀÞßΑωЯя\u00a0\u2009\u3000\ufeff\u00ad\u1fff\u2c00\ud7ff\ud83d\ude00K",
  "U.S.",
  "Mr.",
  "J.",
  "it’s",
  "co-op",
  // Longer than `nextWordStart` reads by hand before it asks a regex.
  "“".repeat(40),
  " — ".repeat(12),
];
const soup = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 40 })
  .map((parts) => parts.join(""));
const anyText = fc.oneof(soup, fc.string({ maxLength: 30 }));

/** Matches of a global regex over `text`: start and end of each. */
function matches(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  const g = new RegExp(
    re.source,
    re.flags.includes("g") ? re.flags : `${re.flags}g`,
  );
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push([m.index, m.index + m[0].length]);
    if (m[0] === "") g.lastIndex++;
  }
  return out;
}

/** Runs of a scanner that finds the match at a word character and returns its end. */
function scanned(
  text: string,
  end: (text: string, start: number, limit: number) => number,
): [number, number][] {
  const out: [number, number][] = [];
  let pos = 0;
  while (pos < text.length) {
    if (!isWordChar(text.charCodeAt(pos))) {
      pos++;
      continue;
    }
    const start = pos;
    pos = end(text, start, text.length);
    out.push([start, pos]);
  }
  return out;
}

describe("hand-written scanners match their regular expressions", () => {
  it("isWordChar is WORD_CHARS", () => {
    const re = new RegExp(`^[${WORD_CHARS}]$`);
    for (let c = 0; c <= 0xffff; c++)
      expect(isWordChar(c), c.toString(16)).toBe(
        re.test(String.fromCharCode(c)),
      );
  });

  it("isRegexSpace is \\s", () => {
    for (let c = 0; c <= 0xffff; c++)
      expect(isRegexSpace(c), c.toString(16)).toBe(
        /^\s$/.test(String.fromCharCode(c)),
      );
  });

  it("wordCharsEnd reads [W]+", () => {
    const re = new RegExp(`[${WORD_CHARS}]+`, "g");
    fc.assert(
      fc.property(anyText, (text) => {
        expect(scanned(text, wordCharsEnd)).toEqual(matches(re, text));
      }),
    );
  });

  it("joinedWordEnd reads [W]+(?:['’-][W]+)*\\.? and, with inner dots, ['’.-]", () => {
    const plain = new RegExp(
      `[${WORD_CHARS}]+(?:['’\\-][${WORD_CHARS}]+)*\\.?`,
      "g",
    );
    const dotted = new RegExp(
      `[${WORD_CHARS}]+(?:['’.\\-][${WORD_CHARS}]+)*\\.?`,
      "g",
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(
          scanned(text, (t, s, e) => joinedWordEnd(t, s, e, false)),
        ).toEqual(matches(plain, text));
        expect(
          scanned(text, (t, s, e) => joinedWordEnd(t, s, e, true)),
        ).toEqual(matches(dotted, text));
      }),
    );
  });

  it("nextWordStart finds the first word character", () => {
    fc.assert(
      fc.property(anyText, fc.nat(60), (text, from) => {
        const start = Math.min(from, text.length);
        const re = new RegExp(`[${WORD_CHARS}]`, "g");
        re.lastIndex = start;
        const m = re.exec(text);
        expect(nextWordStart(text, start, text.length)).toBe(
          m ? m.index : text.length,
        );
      }),
    );
  });

  it("tokenize finds the words TOKEN matches", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const starts = tokenize(text, { start: 0, end: text.length }).map(
          (t) => t.start,
        );
        expect(starts).toEqual(matches(TOKEN, text).map(([s]) => s));
      }),
    );
  });

  it("lowerCase, isBlank, isSpaces, endsWithStop and startsUpper", () => {
    fc.assert(
      fc.property(anyText, fc.nat(40), fc.nat(40), (text, a, b) => {
        const from = Math.min(a, b, text.length);
        const to = Math.min(Math.max(a, b), text.length);
        const slice = text.slice(from, to);
        expect(lowerCase(slice)).toBe(slice.toLowerCase());
        expect(isBlank(text, from, to)).toBe(/^\s*$/.test(slice));
        expect(isSpaces(text, from, to)).toBe(/^ +$/.test(slice));
        expect(endsWithStop(text, from, to)).toBe(/[.!?]$/.test(slice));
        expect(startsUpper(slice)).toBe(/^\p{Lu}/u.test(slice));
      }),
    );
  });
});
