import type { Span } from "../../model/article.ts";
import { isAbbreviation } from "../sentences.ts";
import {
  joinedWordEnd,
  lowerCase,
  nextWordStart,
  startsUpper,
} from "../tokens.ts";
import type { Context } from "./context.ts";

/*
 * Reading words near a quote: `wordsIn` reads a stretch of text, `wordsAt` reuses the
 * stretches read just before; small tests on one word.
 */

/** A word as read: as written, lower case, and where it stands. */
export interface Word extends Span {
  w: string;
  lower: string;
}

/** Words of `text[from, to)`; a dot stays on `Mr.`, `U.S.` and initials only. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  // What `/[W]+(?:['’.\-][W]+)*\.?/g` (W: `WORD_CHARS`) finds in `text.slice(from, to)`,
  // read by hand: a regex match per word costs several times more.
  const end = Math.min(to, text.length);
  let pos = nextWordStart(text, Math.max(0, from), end);
  while (pos < end) {
    const start = pos;
    pos = joinedWordEnd(text, start, end, true);
    // The final dot is cut before the word is copied: this runs on every word near
    // every quote (`said.` -> `said`, but `Mr.` stays).
    const dropDot =
      text.charCodeAt(pos - 1) === 0x2e && !isAbbreviation(text, pos - 1);
    const w = text.slice(start, dropDot ? pos - 1 : pos);
    const lower = lowerCase(w);
    out.push({
      w,
      lower: lower.endsWith(".") ? lower.slice(0, -1) : lower,
      start,
      end: start + w.length,
    });
    pos = nextWordStart(text, pos, end);
  }
  return out;
}

/** The words `wordsIn` read over one stretch of the text, kept for reuse. */
export interface ReadWords {
  start: number;
  end: number;
  words: Word[];
}

/** How many stretches' words are kept: a cue search reads a few nested ones. */
const KEPT_READS = 4;

/**
 * `wordsIn(ctx.text, from, to)`, taken from the words of a stretch read just before
 * when the range lies inside it and cuts none of its words: `cueAfter` reads `, Jo Roe
 * said.`, then `subjectBeforeVerb`, `plausibleSubject` and `resolveSubject` ask again
 * for `Jo Roe`, and 10 MB of short quoted paragraphs asks half a million times. A word
 * the range cuts (`sa|id`) reads differently on its own, so such a range is read afresh.
 */
export function wordsAt(ctx: Context, from: number, to: number): Word[] {
  const kept = ctx.wordCache;
  // Newest first: the slots before `wordSlot`, then the older ones after it.
  for (let n = 1; n <= kept.length; n++) {
    const read = kept[(ctx.wordSlot - n + KEPT_READS) % KEPT_READS]!;
    if (from < read.start || to > read.end) continue;
    const { words } = read;
    const first = firstEndAfter(words, from);
    if (first < words.length && words[first]!.start < from) continue;
    const end = firstEndAfter(words, to);
    if (end < words.length && words[end]!.start < to) continue;
    // Callers only read the list, so the whole of it needs no copy.
    return first === 0 && end === words.length
      ? words
      : words.slice(first, end);
  }
  const words = wordsIn(ctx.text, from, to);
  const read = { start: from, end: to, words };
  if (kept.length < KEPT_READS) kept.push(read);
  else kept[ctx.wordSlot] = read;
  ctx.wordSlot = (ctx.wordSlot + 1) % KEPT_READS;
  return words;
}

/** Index of the first word ending after `pos` (words in text order). */
function firstEndAfter(words: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a word is all lower case: `said`, not `Said`. */
export const isLower = (w: Word): boolean => w.w === w.lower;

/** Whether a word starts with a capital letter. */
export const isCapital = (w: Word): boolean => startsUpper(w.w);

/** `/['’]s?$/.test(w)`: `Okafor's`, `Santos’`. */
export function endsPossessive(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 0x27 || last === 0x2019) return true;
  const before = w.charCodeAt(n - 2);
  return last === 0x73 && (before === 0x27 || before === 0x2019);
}

/** Whether every word's lower-case form is in `set`. */
export function allLower(
  words: readonly Word[],
  set: ReadonlySet<string>,
): boolean {
  for (const w of words) if (!set.has(w.lower)) return false;
  return true;
}
