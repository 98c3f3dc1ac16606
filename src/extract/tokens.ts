import type { Span } from "../model/article.ts";
import { HONORIFICS } from "./lexicon/titles.ts";

/** A word of the text with its offsets; helper for the name and cue stages. */
export interface Token extends Span {
  text: string;
  /** Lower case, without a trailing dot: `mr` for `Mr.`. */
  lower: string;
  /** Starts with a capital letter. */
  capital: boolean;
  /** Whether only spaces (no newline, no punctuation) separate it from the next token. */
  joinsNext: boolean;
}

/**
 * Letters and digits as explicit ranges: Latin, Greek, Cyrillic, the scripts up to
 * U+1FFF and CJK, leaving out the punctuation blocks (U+2000–U+2BFF: `’ “ ” —`).
 * V8 runs such a class several times faster than `[\p{L}\p{N}]`, and this regex runs on
 * every word of every article.
 */
export const WORD_CHARS =
  "A-Za-z0-9\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2C00-\\uD7FF\\uF900-\\uFDCF\\uFE70-\\uFEFF";
/** Upper-case letters of the Latin, Greek and Cyrillic alphabets. */
const UPPER_CHARS =
  "A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F";

/**
 * What a token is, as a regex: initials (`U.S.`), else letters and digits with inner
 * apostrophes and hyphens and maybe a final dot. `tokenize` reads it by hand
 * (`tokenEnd`), several times faster than running this on every word.
 */
export const TOKEN = new RegExp(
  `(?:[${UPPER_CHARS}]\\.){2,}|[${WORD_CHARS}]+(?:['’\\-][${WORD_CHARS}]+)*\\.?`,
  "g",
);
const DOTTED = new Set([
  ...HONORIFICS,
  "st",
  "jr",
  "sr",
  "mt",
  "ft",
  "no",
  "vs",
  "inc",
  "corp",
  "co",
  "ltd",
  "gov",
  "sen",
  "rep",
  "lt",
  "gen",
]);

/**
 * Words of `text[span]` in order; with `keepLower`, only the lower-case words it accepts
 * (role words, particles; it is given the word's offsets, so that it can turn most words
 * down without copying them) become tokens and the others just break runs. A trailing dot stays on abbreviations and initials
 * (`Mr.`, `J.`, `U.S.`) and otherwise ends the word and breaks the run of words.
 * `Jonas’ bike` -> `Jonas`, `bike` with no join (the apostrophe breaks it).
 * Hot path: plain character tests, no per-word regular expressions.
 */
export function tokenize(
  text: string,
  span: Span,
  keepLower?: (text: string, start: number, end: number) => boolean,
): Token[] {
  const tokens: Token[] = [];
  const end = Math.min(span.end, text.length);
  let pos = nextWordStart(text, span.start, end);
  while (pos < end) {
    const start = pos;
    const stop = tokenEnd(text, start, end);
    pos = nextWordStart(text, stop, end);
    // A lower-case word the caller has no use for only breaks the run of words
    // (`Santos said` -> `Santos` and nothing joined after it); no token is made for it.
    const c0 = text.charCodeAt(start);
    if (
      keepLower &&
      c0 >= 0x61 &&
      c0 <= 0x7a &&
      !keepLower(text, start, stop)
    ) {
      const previous = tokens[tokens.length - 1];
      if (previous) previous.joinsNext = false;
      continue;
    }
    let word = text.slice(start, stop);
    let joins = true;
    const last = word.charCodeAt(word.length - 1);
    if (last === DOT && !isInitials(word)) {
      const bare = word.slice(0, -1);
      const keep =
        (bare.length === 1 && isUpper(bare)) || DOTTED.has(lowerCase(bare));
      if (!keep) {
        word = bare;
        joins = false;
      }
    }
    // Possessive: `Santos's` -> `Santos`, and the run ends there.
    const n = word.length;
    if (
      n > 2 &&
      (word.charCodeAt(n - 1) === 0x73 || word.charCodeAt(n - 1) === 0x53)
    ) {
      const apostrophe = word.charCodeAt(n - 2);
      if (apostrophe === 0x27 || apostrophe === 0x2019) {
        word = word.slice(0, -2);
        joins = false;
      }
    }
    const lower = lowerCase(word);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      lower:
        lower.charCodeAt(lower.length - 1) === DOT ? lower.slice(0, -1) : lower,
      capital: word.charAt(0) !== lower.charAt(0),
      joinsNext: joins,
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) t.joinsNext = false;
    else if (t.joinsNext) t.joinsNext = onlySpaces(text, t.end, next.start);
  }
  return tokens;
}

const DOT = 0x2e;

/** Whether `c` is one of `WORD_CHARS` (UTF-16 code units, as the regexes read them). */
export function isWordChar(c: number): boolean {
  if (c < 0x80)
    return (
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x30 && c <= 0x39)
    );
  return (
    c === 0xaa ||
    c === 0xb5 ||
    c === 0xba ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x1fff) ||
    (c >= 0x2c00 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfe70 && c <= 0xfeff)
  );
}

/** Whether `c` is one of `UPPER_CHARS`. */
function isUpperChar(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xde) ||
    (c >= 0x391 && c <= 0x3a9) ||
    (c >= 0x410 && c <= 0x42f)
  );
}

/**
 * The first word character at or after `pos`, or `end`. Callers in other modules skip
 * to words with this rather than testing each character themselves: under tsx every
 * call to an imported function goes through a getter, which adds up per character.
 */
export function nextWordStart(text: string, pos: number, end: number): number {
  // Words are a few characters apart; a longer stretch without one (10 MB of quotation
  // marks) is left to the regex engine, which crosses it several times faster.
  const near = Math.min(end, pos + NEAR_WORD);
  for (let i = pos; i < near; i++) if (isWordChar(text.charCodeAt(i))) return i;
  if (near >= end) return end;
  const m = WORD_CHAR.exec(text.slice(near, end));
  return m ? near + m.index : end;
}

/** How far `nextWordStart` looks by hand before it asks `WORD_CHAR` (characters). */
const NEAR_WORD = 32;
const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`);

/** End of the run of word characters from `i`, no further than `end`. */
export function wordCharsEnd(text: string, i: number, end: number): number {
  let q = i;
  while (q < end && isWordChar(text.charCodeAt(q))) q++;
  return q;
}

/**
 * End of the `TOKEN` match at `start` (a word character), no further than `end`: two or
 * more initials (`U.S.`) if they stand there, else word characters joined by `'`, `’`
 * or `-` and maybe a final dot.
 */
function tokenEnd(text: string, start: number, end: number): number {
  let q = start;
  let initials = 0;
  while (
    q + 1 < end &&
    isUpperChar(text.charCodeAt(q)) &&
    text.charCodeAt(q + 1) === DOT
  ) {
    q += 2;
    initials++;
  }
  if (initials >= 2) return q;
  return joinedWordEnd(text, start, end, false);
}

/**
 * End of `[W]+(?:[J][W]+)*\.?` at `start` (a word character), no further than `end`,
 * where `W` is a word character and `J` is `'`, `’` or `-`, and `.` too with `innerDots`.
 */
export function joinedWordEnd(
  text: string,
  start: number,
  end: number,
  innerDots: boolean,
): number {
  let q = wordCharsEnd(text, start + 1, end);
  while (q + 1 < end) {
    const c = text.charCodeAt(q);
    const joiner =
      c === 0x27 || c === 0x2019 || c === 0x2d || (innerDots && c === DOT);
    if (!joiner || !isWordChar(text.charCodeAt(q + 1))) break;
    q = wordCharsEnd(text, q + 2, end);
  }
  if (q < end && text.charCodeAt(q) === DOT) q++;
  return q;
}

function isUpper(s: string): boolean {
  return s !== s.toLowerCase();
}

/** `U.S.`, `P.J.`: capital letters each followed by a dot. */
function isInitials(word: string): boolean {
  if (word.length < 4) return false;
  for (let i = 0; i < word.length; i += 2) {
    if (!isUpper(word.charAt(i)) || word.charCodeAt(i + 1) !== DOT)
      return false;
  }
  return true;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 0x20) return false;
  return true;
}

/**
 * `s.toLowerCase()`, but `s` itself when it holds no capital: most words are lower case
 * already, and in a text with a curly quote (stored two bytes a character) every
 * `toLowerCase` takes V8's slow path, several times the cost of this loop.
 */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || c >= 0x80) return lowered(s);
  }
  return s;
}

/**
 * Lower-case forms of the capitalised words met in the text being read (`Jo` -> `jo`):
 * names recur, and a look-up costs a fraction of a slow-path `toLowerCase`. A cache
 * only, it never changes an answer; `extractArticle` empties it when done, so that its
 * keys (slices of the text) do not keep the text alive.
 */
const LOWERED = new Map<string, string>();
const MAX_LOWERED = 1024;
const MAX_LOWERED_LENGTH = 64;

function lowered(s: string): string {
  if (s.length > MAX_LOWERED_LENGTH) return s.toLowerCase();
  let lower = LOWERED.get(s);
  if (lower === undefined) {
    if (LOWERED.size >= MAX_LOWERED) LOWERED.clear();
    lower = s.toLowerCase();
    LOWERED.set(s, lower);
  }
  return lower;
}

/** Empties `lowerCase`'s cache: called when a text has been read. */
export function forgetLowerCases(): void {
  LOWERED.clear();
}

/** Whether a regular expression's `\s` matches the character with code `c`. */
export function isRegexSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** `/^\s*$/.test(text.slice(from, to))` without the slice. */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (!isRegexSpace(text.charCodeAt(i))) return false;
  return true;
}

/** `/^ +$/.test(text.slice(from, to))` without the slice: one space or more, nothing else. */
export function isSpaces(text: string, from: number, to: number): boolean {
  return to > from && onlySpaces(text, from, to);
}

/** `/[.!?]$/.test(text.slice(from, to))` without the slice. */
export function endsWithStop(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const c = text.charCodeAt(to - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}

const UPPER_START = /^\p{Lu}/u;

/** `/^\p{Lu}/u.test(s)`, with ASCII answered by hand. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  return UPPER_START.test(s);
}
