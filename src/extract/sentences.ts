import { HONORIFICS } from "./lexicon/titles.ts";
import { isRegexSpace, lowerCase } from "./tokens.ts";

const HONORIFIC = new Set(HONORIFICS);
/** Short forms whose dot does not end a sentence, besides honorifics: `St.`, `No.`. */
const ABBREVIATIONS = new Set([
  "st",
  "jr",
  "sr",
  "no",
  "vs",
  "mt",
  "ft",
  "inc",
  "corp",
  "co",
  "ltd",
  "jan",
  "feb",
  "aug",
  "sept",
  "oct",
  "nov",
  "dec",
  "approx",
  "est",
]);
/** An abbreviation is at most this long: `Supt`, `Const`. */
const MAX_ABBREVIATION = 12;

/** A dot that ends `Mr.`, `U.S.` or an initial (`J.`) rather than a sentence. */
export function isAbbreviation(text: string, dot: number): boolean {
  if (text.charCodeAt(dot) !== DOT) return false;
  // The word before the dot, letters and inner dots only, read backwards.
  let s = dot;
  let dotted = false;
  let ascii = true;
  while (s > 0 && dot - s < MAX_ABBREVIATION) {
    const c = text.charCodeAt(s - 1);
    if (c === DOT) dotted = true;
    else if (!isLetter(c)) break;
    else if (c >= 0x80) ascii = false;
    s--;
  }
  if (s === dot) return false;
  const n = dot - s;
  if (n === 1) {
    const c = text.charCodeAt(s);
    // An ASCII letter is an initial when it is a capital; others go by `lowerCase`.
    if (c < 0x80) return c >= 0x41 && c <= 0x5a;
    const word = text.slice(s, dot);
    return word !== lowerCase(word);
  }
  if (dotted) return true;
  // Most words before a dot (`said.`) are ruled out by length, first and last letters,
  // without being copied and lowered: an ASCII word lowers to the same length, each
  // letter `c` to `c | 0x20`.
  if (ascii && SHORT_SHAPES !== null) {
    const first = (text.charCodeAt(s) | 0x20) - 0x61;
    const last = (text.charCodeAt(dot - 1) | 0x20) - 0x61;
    if (SHORT_SHAPES[shape(n, first, last)] === 0) return false;
  }
  return SHORT_FORMS.has(lowerCase(text.slice(s, dot)));
}

/** Honorifics and other abbreviations in one set: one look-up for every `word.`. */
const SHORT_FORMS = new Set([...HONORIFIC, ...ABBREVIATIONS]);

/** A slot of `SHORT_SHAPES` for a word's length and its first and last letters (0–25). */
function shape(length: number, first: number, last: number): number {
  return (length * 26 + first) * 26 + last;
}

/**
 * `SHORT_SHAPES[shape(n, first, last)]`: 1 if some short form has `n` characters and
 * those first and last letters (`said` and `added` have none). Forms longer than
 * `MAX_ABBREVIATION` never match the word read before a dot and are left out. Null if
 * some short form is not plain lower-case ASCII letters, when every word is looked up.
 */
const SHORT_SHAPES: Uint8Array | null = [...SHORT_FORMS].every((f) =>
  /^[a-z]+$/.test(f),
)
  ? [...SHORT_FORMS].reduce(
      (shapes, f) => {
        if (f.length <= MAX_ABBREVIATION) {
          const first = f.charCodeAt(0) - 0x61;
          shapes[shape(f.length, first, f.charCodeAt(f.length - 1) - 0x61)] = 1;
        }
        return shapes;
      },
      new Uint8Array(shape(MAX_ABBREVIATION + 1, 0, 0)),
    )
  : null;

const DOT = 0x2e;

function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return /\p{L}/u.test(String.fromCharCode(c));
}

/** End (exclusive) of the sentence that starts at `from`, no further than `limit`. */
export function sentenceEnd(text: string, from: number, limit: number): number {
  // A `.`, `!` or `?` before a space, a closing quote or the limit: what the regex
  // `/[.!?](?=[\s"”’]|$)/g` over the slice found, read without the slice. A dot before
  // `)` closes an abbreviation in a party tag, not the sentence: `(D-Wis.)`.
  const end = Math.min(limit, text.length);
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== DOT && c !== 0x21 && c !== 0x3f) continue;
    if (i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (!isRegexSpace(next) && !CLOSERS.has(next)) continue;
    }
    if (!isAbbreviation(text, i)) return i + 1;
  }
  return limit;
}

/**
 * Start of the sentence holding `to`, no earlier than `from`: just after the last
 * `.`, `!` or `?` (maybe followed by a closing quote) and spaces before `to` that does
 * not end an abbreviation. Reads backwards, so it costs the length of that sentence.
 */
export function sentenceStart(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    if (!isSpace(text.charCodeAt(i))) continue;
    let end = i - 1;
    while (end > from && isSpace(text.charCodeAt(end))) end--;
    const c = text.charCodeAt(end);
    const mark = CLOSERS.has(c) && end > from ? end - 1 : end;
    const p = text.charCodeAt(mark);
    if (
      (p === DOT || p === 0x21 || p === 0x3f) &&
      !isAbbreviation(text, mark)
    ) {
      let start = i + 1;
      while (start < to && isSpace(text.charCodeAt(start))) start++;
      return start;
    }
    i = end + 1;
  }
  return from;
}

/** Closing quotes that may follow a sentence's final mark: `.”`, `."`, `.’`. */
const CLOSERS = new Set([0x22, 0x201d, 0x2019]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}
