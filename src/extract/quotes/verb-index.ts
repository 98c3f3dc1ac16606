import { FRAGMENT_VERBS } from "../lexicon/speech-verbs.ts";
import { lowerCase, nextWordStart, wordCharsEnd } from "../tokens.ts";
import type { Span } from "../../model/article.ts";

/* Where the speech verbs of a paragraph are, found once and asked many times. */

export const SPEECH_VERB_SET = new Set(FRAGMENT_VERBS);

/**
 * The words of one paragraph (maximal runs of letters and digits) and how many of them
 * are speech verbs, so that asking whether a stretch holds one costs a binary search.
 */
export interface VerbIndex {
  starts: number[];
  ends: number[];
  /** Offsets of `.`, `!` and `?`, which may end a sentence. */
  stops: number[];
  /** `verbsBefore[k]`: speech verbs among words `0 … k-1`. */
  verbsBefore: number[];
}

/** A paragraph and its index, built on the first short quote that asks for it. */
export interface LazyIndex {
  para: Span;
  index: VerbIndex | null;
}

/** Indexes the words of `para`: `Jo said no` -> words at 0, 3, 8; one verb (`said`). */
export function indexVerbs(text: string, para: Span): VerbIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const verbsBefore = [0];
  const stops: number[] = [];
  for (let i = para.start; i < para.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f) stops.push(i);
  }
  // The runs `[W]+` (W: `WORD_CHARS`), read by hand rather than by a regex match each.
  const end = Math.min(para.end, text.length);
  let pos = nextWordStart(text, para.start, end);
  while (pos < end) {
    const start = pos;
    pos = wordCharsEnd(text, start, end);
    starts.push(start);
    ends.push(pos);
    const verb =
      mayBeVerb(text, start, pos) &&
      SPEECH_VERB_SET.has(lowerCase(text.slice(start, pos)))
        ? 1
        : 0;
    verbsBefore.push((verbsBefore[verbsBefore.length - 1] ?? 0) + verb);
    pos = nextWordStart(text, pos, end);
  }
  return { starts, ends, stops, verbsBefore };
}

/**
 * `VERB_STARTS[n]`: a bit for each letter a speech verb of `n` characters starts with,
 * so that most words (`Jo`, `budget`) are ruled out without being copied and lowered.
 * Null if some verb is not plain lower-case ASCII, when every word is looked up.
 */
const VERB_STARTS: number[] | null = [...SPEECH_VERB_SET].every((v) =>
  /^[a-z][\x20-\x7e]*$/.test(v),
)
  ? [...SPEECH_VERB_SET].reduce<number[]>((starts, v) => {
      starts[v.length] =
        (starts[v.length] ?? 0) | (1 << (v.charCodeAt(0) - 0x61));
      return starts;
    }, [])
  : null;

/**
 * Whether the word `text[start, end)` may be a speech verb, by its length and first
 * letter. A word that does not open with an ASCII letter may still lower to a verb only
 * if it is all ASCII, so it is looked up.
 */
export function mayBeVerb(text: string, start: number, end: number): boolean {
  if (VERB_STARTS === null) return true;
  const c = text.charCodeAt(start) | 0x20;
  if (c < 0x61 || c > 0x7a) return true;
  return ((VERB_STARTS[end - start] ?? 0) & (1 << (c - 0x61))) !== 0;
}

/** Whether a `.`, `!` or `?` stands in `text[from, to)`. */
export function hasStop(index: VerbIndex, from: number, to: number): boolean {
  const k = firstAbove(index.stops, from - 1);
  return k < index.stops.length && (index.stops[k] ?? to) < to;
}

/** First index `k` with `values[k] > bound` in an ascending array (its length if none). */
function firstAbove(values: readonly number[], bound: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) > bound) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Whether a speech verb is among the words of `text[from, to)`. A word the range cuts
 * (a window of 200 characters can start inside `unsaid`) counts by its part inside the
 * range, as a regex over the slice would read it: `said`.
 */
export function hasSpeechVerb(
  text: string,
  index: VerbIndex,
  from: number,
  to: number,
): boolean {
  const first = firstAbove(index.ends, from);
  const last = firstAbove(index.starts, to - 1) - 1;
  if (first > last) return false;
  if (isVerbIn(text, index, first, from, to)) return true;
  if (isVerbIn(text, index, last, from, to)) return true;
  return (index.verbsBefore[last] ?? 0) > (index.verbsBefore[first + 1] ?? 0);
}

/** Whether word `k` of `index`, cut to `text[from, to)`, is a speech verb. */
function isVerbIn(
  text: string,
  index: VerbIndex,
  k: number,
  from: number,
  to: number,
): boolean {
  const start = index.starts[k] ?? 0;
  const end = index.ends[k] ?? 0;
  if (start >= from && end <= to)
    return (index.verbsBefore[k + 1] ?? 0) > (index.verbsBefore[k] ?? 0);
  const word = text.slice(Math.max(start, from), Math.min(end, to));
  return SPEECH_VERB_SET.has(lowerCase(word));
}
