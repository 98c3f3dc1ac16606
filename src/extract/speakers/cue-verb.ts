import type { Span } from "../../model/article.ts";
import { CUE_TAIL } from "../lexicon/cues.ts";
import { NATIONALITIES } from "../lexicon/nationalities.ts";
import {
  NOUN_MARKERS,
  SENTENCE_OPENING_VERBS,
  SPEECH_VERBS,
} from "../lexicon/speech-verbs.ts";
import { isRegexSpace } from "../tokens.ts";
import type { Cue } from "./context.ts";
import { endsPossessive, isLower, type Word } from "./words.ts";

/* A cue's speech verb: whether a word is one, and the cue it makes with its subject. */

const SPEECH = new Set(SPEECH_VERBS);
const SENTENCE_OPENING = new Set(SENTENCE_OPENING_VERBS);
const NOUN_MARKER = new Set(NOUN_MARKERS);
const NATIONALITY_WORDS = new Set(NATIONALITIES);

/** Whether `words[k]` is a speech verb in use as a verb (not `his remarks`). */
export function isVerbAt(words: readonly Word[], k: number): boolean {
  const w = words[k]!;
  if (!SPEECH.has(w.lower)) return false;
  // `Said Marta Quist, …, “…”`: a sentence may open with the verb.
  if (!isLower(w) && !(k === 0 && SENTENCE_OPENING.has(w.lower))) return false;
  if (w.lower === "according") return words[k + 1]?.lower === "to";
  // A noun, not a verb: `Okafor's remarks`, `a series of tweets`, `his comments`.
  const prev = words[k - 1];
  if (prev && (NOUN_MARKER.has(prev.lower) || endsPossessive(prev.w)))
    return false;
  // `a list of Liberal claims`: after a nationality or party adjective, a noun.
  if (prev && NATIONALITY_WORDS.has(prev.lower)) return false;
  return true;
}

/** `/^[\s,;:—–-]*$/.test(text.slice(from, to))`: only spaces and punctuation before a verb. */
export function isCueGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (
      c !== 0x2c &&
      c !== 0x3b &&
      c !== 0x3a &&
      c !== 0x2014 &&
      c !== 0x2013 &&
      c !== 0x2d &&
      !isRegexSpace(c)
    )
      return false;
  }
  return true;
}

/** First letters of what `CUE_TAIL` may follow a verb with (`reporters`, `in`, `on`…). */
const TAIL_STARTS = "rjtiovd";

/**
 * The cue of `verb` and its subject, with what completes it up to `limit`: `said in a
 * statement`, `told reporters`, `according to`.
 */
export function makeCue(
  text: string,
  verb: Word,
  subject: Span,
  limit: number,
  participle: boolean,
): Cue {
  if (verb.lower === "according")
    return { subject, verb: verb.lower, cue: "according to", participle };
  // `CUE_TAIL` opens with a space and `reporters`, `journalists`, `the`, `in`, `on`,
  // `via`, `during` or `through`: most verbs (`said.`) are ruled out by two characters.
  const tail =
    verb.end + 1 < limit &&
    text.charCodeAt(verb.end) === 0x20 &&
    TAIL_STARTS.includes(text.charAt(verb.end + 1))
      ? CUE_TAIL.exec(text.slice(verb.end, limit))
      : null;
  const cue = tail ? text.slice(verb.start, verb.end + tail[0].length) : verb.w;
  return { subject, verb: verb.lower, cue, participle };
}
