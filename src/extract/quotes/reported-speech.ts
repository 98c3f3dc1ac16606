import type { QuoteSpan } from "../quotes.ts";
import { isSpaceCode } from "./marks.ts";
import {
  hasSpeechVerb,
  hasStop,
  indexVerbs,
  type LazyIndex,
  mayBeVerb,
  SPEECH_VERB_SET,
  type VerbIndex,
} from "./verb-index.ts";
import { sentenceEnd, sentenceStart } from "../sentences.ts";
import { lowerCase, nextWordStart, wordCharsEnd } from "../tokens.ts";
import type { Span } from "../../model/article.ts";

/* Whether a quotation is reported speech, and whether it is a whole or a fragment. */

/** Below this many words a quotation needs a speech verb nearby to count: `a “quiet” neighbour`. */
const SHORT_QUOTE_WORDS = 5;

/** How far to look for a speech verb around a short quotation (characters each side). */
const CONTEXT_WINDOW = 200;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const GENERAL_PUNCTUATION_FIRST = 0x2000;

const GENERAL_PUNCTUATION_LAST = 0x206f;

/** Whether `text[from, to)` holds a letter or digit; stops at the first one. */
export function hasLetterOrDigit(
  text: string,
  from: number,
  to: number,
): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a)
    )
      return true;
    // General Punctuation (U+2000–U+206F: `“ ” — …`) holds no letter or digit, so
    // 10 MB of `“` skips the Unicode regex.
    if (c >= GENERAL_PUNCTUATION_FIRST && c <= GENERAL_PUNCTUATION_LAST)
      continue;
    if (c >= 0x80 && LETTER_OR_DIGIT.test(text.charAt(i))) return true;
  }
  return false;
}

/**
 * `partial` when the quote is a fragment inside a sentence of the writer's: a word
 * (not a colon or sentence end) stands before the mark and the fragment starts in lower
 * case: `the ministry lamented the “steep rise…”`.
 */
export function quoteKind(
  text: string,
  q: QuoteSpan,
  para: Span,
): "full" | "partial" {
  if (q.open <= para.start) return "full";
  const before = text.slice(Math.max(para.start, q.open - 2), q.open);
  const first = text.charAt(q.start);
  const afterWord = /[\p{L}\p{N}] ?$/u.test(before);
  return afterWord && first !== first.toUpperCase() ? "partial" : "full";
}

/**
 * Keeps quotations of sentence length, and short ones only when a speech verb stands in
 * the same sentence (`Haddad said he was “deeply worried”`). Scare quotes, nicknames
 * and titles (`a “quiet” neighbour`, `promote “The Duel”`) are not reported speech by
 * their look; a later stage keeps them only if it finds who said them.
 */
export function isReportedSpeech(
  text: string,
  q: QuoteSpan,
  lazy: LazyIndex,
): boolean {
  const { para } = lazy;
  if (q.close === -1 || q.open === -1) return true;
  if (countWords(text, q.start, q.end, SHORT_QUOTE_WORDS) >= SHORT_QUOTE_WORDS)
    return true;
  // A short paragraph is read where the quote needs it; a long one (10 MB of `“a ” “b ”`
  // on one line) is indexed once for all its quotes.
  const verbs =
    para.end - para.start <= DIRECT_READ_CHARS
      ? null
      : (lazy.index ??= indexVerbs(text, para));
  const from = Math.max(para.start, q.open - CONTEXT_WINDOW);
  // With no `.`, `!` or `?` before the mark, the sentence starts at the window's edge:
  // a line of 10 MB of `“a ” “b ”` skips reading 200 characters back for each quote.
  const before = stopIn(text, verbs, from, q.open)
    ? sentenceStart(text, from, q.open)
    : from;
  // A whole sentence in quotes is speech even when short: `“Not now.”`
  const lastCode = text.charCodeAt(q.end - 1);
  const atStart = followsSentenceEnd(text, before, q.open);
  if (
    atStart &&
    startsNonLower(text, q.start) &&
    (lastCode === 0x2e || lastCode === 0x21 || lastCode === 0x3f)
  ) {
    return true;
  }
  const limit = Math.min(para.end, q.close + 1 + CONTEXT_WINDOW);
  return (
    speechVerbIn(text, verbs, before, q.open) ||
    speechVerbIn(
      text,
      verbs,
      q.close + 1,
      // Likewise a sentence with no stop after the mark runs to the window's edge.
      stopIn(text, verbs, q.close + 1, limit)
        ? sentenceEnd(text, q.close + 1, limit)
        : limit,
    )
  );
}

/**
 * `text.charAt(i) !== lowerCase(text.charAt(i))`: the character changes when lowered.
 * ASCII is answered by hand (only `A`–`Z` change).
 */
function startsNonLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const first = text.charAt(i);
  return first !== lowerCase(first);
}

/** Paragraphs up to this long are read around each short quote rather than indexed. */
const DIRECT_READ_CHARS = 1024;

/** Whether a `.`, `!` or `?` stands in `text[from, to)`: by the index, or read there. */
function stopIn(
  text: string,
  index: VerbIndex | null,
  from: number,
  to: number,
): boolean {
  if (index !== null) return hasStop(index, from, to);
  for (let i = Math.max(0, from); i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f) return true;
  }
  return false;
}

/**
 * Whether a speech verb is among the words of `text[from, to)` (runs of `WORD_CHARS`,
 * cut to the range as a regex over the slice reads them): by the index, or read there.
 */
function speechVerbIn(
  text: string,
  index: VerbIndex | null,
  from: number,
  to: number,
): boolean {
  if (index !== null) return hasSpeechVerb(text, index, from, to);
  const end = Math.min(to, text.length);
  let pos = nextWordStart(text, Math.max(0, from), end);
  while (pos < end) {
    const start = pos;
    pos = wordCharsEnd(text, start, end);
    if (
      mayBeVerb(text, start, pos) &&
      SPEECH_VERB_SET.has(lowerCase(text.slice(start, pos)))
    )
      return true;
    pos = nextWordStart(text, pos, end);
  }
  return false;
}

/**
 * Whether only spaces stand between a sentence end (`.`, `!`, `?`, `:`) or `from`
 * and `to`: `He left. “Not now.”` Reads back over the spaces only, where the regex
 * `/(?:^|[.!?:])\s*$/` on the slice tried every position of it.
 */
function followsSentenceEnd(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && /\s/.test(text.charAt(i - 1))) i--;
  if (i === from) return true;
  const c = text.charCodeAt(i - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a;
}

/**
 * Words (runs of non-spaces) in `text[from, to)`, counted up to `enough`: a quote of a
 * million words is not short after its fifth.
 */
function countWords(
  text: string,
  from: number,
  to: number,
  enough: number,
): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to && count < enough; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
