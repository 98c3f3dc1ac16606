import type { QuoteSpan } from "../quotes.ts";
import { isRegexSpace, lowerCase } from "../tokens.ts";

/* Titles of works in quotation marks (`the film “Dawn Patrol”`): not quotes. */

/** Small words a title in Title Case leaves in lower case: `Talk of the Harbour`, `Life on the Coast`. */
const TITLE_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "for",
  "to",
  "in",
  "on",
  "at",
  "with",
  "by",
  "from",
  "&",
  "is",
]);

/**
 * Titles of shows, books and events and markup values, never anyone's words:
 * `on KTVX’s “Harbour Morning”`, `an interview with "Dawn and Dusk,"`, `author="@anaruiz"`,
 * `“City museum gets a new director,” by Jo Roe`.
 * A short phrase in Title Case after a possessive or a preposition.
 */
export function isNameOfWork(text: string, q: QuoteSpan): boolean {
  if (q.open <= 0) return false;
  // Markup: `tweet-date="…` (even when its value runs on) and `">Big news…`.
  if (text.charCodeAt(q.open - 1) === 0x3d || text.charAt(q.open + 1) === ">")
    return true;
  if (q.close === -1) return false;
  // `“Lena Sato leaves the show,” by Times’ Jo Roe`: a headline, song or book credited
  // to its author (a comma closes it, then `by`).
  if (
    text.charCodeAt(q.end - 1) === 0x2c &&
    /^ by \S/.test(text.slice(q.close + 1, q.close + 6))
  )
    return true;
  const words = titleWords(text, q.start, q.end);
  if (words === -1) return false;
  const after = text.slice(q.close + 1, q.close + 1 + TITLE_LEAD_CHARS);
  // `“Salt in the Harbour” star Jo Roe`, `the “Comet” actor`: a show before its cast.
  if (TITLE_FOLLOWERS.test(after)) return true;
  const before = text.slice(Math.max(0, q.open - TITLE_LEAD_CHARS), q.open);
  // `Andrés "Chato" Ruiz`, `Kofi “The Wall” Mensah`: a nickname inside a name.
  if (
    words <= 2 &&
    endsWithCapitalisedWord(before) &&
    // …but not in a headline in Title Case: `How He Stayed “Fearless” At Sea`.
    /^ \p{Lu}[\p{L}.'’-]*(?:[,.;:]| \(| \p{Ll}|$)/u.test(after)
  )
    return true;
  return endsWithTitleLead(before);
}

/** Words before a title: `on “Talk of the Harbour”`, `a film called “Drift”`. */
const TITLE_LEADS = new Set(
  "on of in with from to at for called titled named show program programme series film movie book novel song album documentary podcast".split(
    " ",
  ),
);

/**
 * `/(?:['’]s|\b(?:on|of|…|podcast))\s*$/i.test(s)` (the words of `TITLE_LEADS`): `s`
 * ends, spaces aside, in a possessive or in one of those words standing alone. Read
 * backwards by hand; the regex tried every position of `s`.
 */
function endsWithTitleLead(s: string): boolean {
  let end = s.length;
  while (end > 0 && isRegexSpace(s.charCodeAt(end - 1))) end--;
  if (end >= 2) {
    const last = s.charCodeAt(end - 1);
    const mark = s.charCodeAt(end - 2);
    if ((last === 0x73 || last === 0x53) && (mark === 0x27 || mark === 0x2019))
      return true;
  }
  // The ASCII letters before the spaces, with no letter, digit or `_` before them.
  let start = end;
  while (start > 0 && isAsciiLetter(s.charCodeAt(start - 1))) start--;
  if (start === end) return false;
  if (start > 0) {
    const c = s.charCodeAt(start - 1);
    if ((c >= 0x30 && c <= 0x39) || c === 0x5f) return false;
  }
  return TITLE_LEADS.has(lowerCase(s.slice(start, end)));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * How many words `text[from, to)` has if it reads as a title in Title Case (at most
 * `MAX_TITLE_WORDS`, each capitalised, a number or a small word like `the`, the first
 * not small), else -1. Words are what `split(/\s+/)` makes of the slice; reading them
 * in place stops at the first word that fails, where the split made all of them.
 */
function titleWords(text: string, from: number, to: number): number {
  let count = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isSpaceAt(text, i)) continue;
    // A word is `text[start, i)`, empty at the edges of a slice that starts or ends
    // with a space, as `split` gives it.
    count++;
    if (count > MAX_TITLE_WORDS) return -1;
    const capital = startsCapitalOrDigit(text, start, i);
    if (!capital && (count === 1 || !isSmallTitleWord(text, start, i)))
      return -1;
    while (i + 1 < to && isSpaceAt(text, i + 1)) i++;
    start = i + 1;
  }
  return count;
}

/**
 * Whether `text[i]` is `\s`: ASCII here, the rest by `isRegexSpace` (a call to another
 * module costs a getter per character under tsx, and quotes are mostly ASCII).
 */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return isRegexSpace(c);
}

/** `/^[\p{Lu}\d]/u.test(text.slice(from, to))`, with ASCII answered by hand. */
function startsCapitalOrDigit(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  const c = text.charCodeAt(from);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return CAPITAL_OR_DIGIT.test(text.slice(from, Math.min(to, from + 2)));
}

const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;

function isSmallTitleWord(text: string, from: number, to: number): boolean {
  return TITLE_SMALL_WORDS.has(lowerCase(text.slice(from, to)));
}

/**
 * `/\p{Lu}[\p{L}.'’-]* $/u.test(s)`: `s` ends in a space after a word with a capital
 * in it (`Andrés `). ASCII is read by hand, backwards; other letters go to the regex.
 */
function endsWithCapitalisedWord(s: string): boolean {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 0x20) return false;
  for (let i = n - 2; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return CAPITALISED_WORD_END.test(s);
    if (c >= 0x41 && c <= 0x5a) return true;
    const inWord =
      (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x27 || c === 0x2d;
    if (!inWord) return false;
  }
  return false;
}

const CAPITALISED_WORD_END = /\p{Lu}[\p{L}.'’-]* $/u;

/** Titles of works are short (words). */
const MAX_TITLE_WORDS = 6;

/** Words after a title that name its cast or makers: `“Comet” star`, `“Tides” creator`. */
const TITLE_FOLLOWERS =
  /^ (?:star|stars|co-star|actor|actress|host|creator|author|singer|producer|director|alum|alumna|alumnus)\b/i;

/** How far before a quote to look for `KTVX’s`, `on`, `titled` (characters). */
const TITLE_LEAD_CHARS = 24;
