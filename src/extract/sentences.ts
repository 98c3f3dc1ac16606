import { HONORIFICS } from "./lexicon/titles.ts";

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
  if (text.charAt(dot) !== ".") return false;
  const word =
    /[\p{L}.]+$/u.exec(
      text.slice(Math.max(0, dot - MAX_ABBREVIATION), dot),
    )?.[0] ?? "";
  if (/^\p{Lu}$/u.test(word) || word.includes(".")) return true;
  const lower = word.toLowerCase();
  return HONORIFIC.has(lower) || ABBREVIATIONS.has(lower);
}

/** End (exclusive) of the sentence that starts at `from`, no further than `limit`. */
export function sentenceEnd(text: string, from: number, limit: number): number {
  const re = /[.!?](?=[\s"”’)]|$)/g;
  const region = text.slice(from, limit);
  for (let m = re.exec(region); m !== null; m = re.exec(region)) {
    if (!isAbbreviation(text, from + m.index)) return from + m.index + 1;
  }
  return limit;
}

/** Start of the sentence holding `to`, no earlier than `from`. */
export function sentenceStart(text: string, from: number, to: number): number {
  const region = text.slice(from, to);
  const re = /[.!?]["”’)]?\s+/g;
  let start = from;
  for (let m = re.exec(region); m !== null; m = re.exec(region)) {
    if (!isAbbreviation(text, from + m.index))
      start = from + m.index + m[0].length;
  }
  return start;
}
