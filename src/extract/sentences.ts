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
  while (s > 0 && dot - s < MAX_ABBREVIATION) {
    const c = text.charCodeAt(s - 1);
    if (c === DOT || isLetter(c)) s--;
    else break;
  }
  if (s === dot) return false;
  const word = text.slice(s, dot);
  if (word.length === 1) return word !== lowerCase(word);
  if (word.includes(".")) return true;
  const lower = lowerCase(word);
  return SHORT_FORMS.has(lower);
}

/** Honorifics and other abbreviations in one set: one look-up for every `word.`. */
const SHORT_FORMS = new Set([...HONORIFIC, ...ABBREVIATIONS]);

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
