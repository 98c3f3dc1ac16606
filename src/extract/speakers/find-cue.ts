import { WEAK_SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import { sentenceEnd, sentenceStart } from "../sentences.ts";
import { endsWithStop } from "../tokens.ts";
import { clauseSubjectCue } from "./clause-subject-cue.ts";
import { IN_WORDS, type Context, type Cue } from "./context.ts";
import { cueAfter } from "./cue-after.ts";
import { cueBefore } from "./cue-before.ts";
import { CUE_WINDOW } from "./limits.ts";

const WEAK = new Set(WEAK_SPEECH_VERBS);

/** A cue right after the closing mark: the verb within this many words (`, Ruiz said`). */
const ADJACENT_WORDS = 6;

/**
 * The cue for quote `i`: right after it, before it in its sentence, later in its
 * sentence, a colon (`Santos leaned in and boomed: “…”`), or, for a fragment inside a
 * sentence, the person the sentence is about (`Santos blamed the delay on “careless
 * planners”`).
 */
export function findCue(ctx: Context, i: number): Cue | null {
  const q = ctx.spans[i]!;
  const para = ctx.paragraphs[q.paragraph]!;
  const next = ctx.spans[i + 1];
  const prev = ctx.spans[i - 1];
  const afterStart = q.close === -1 ? q.end : q.close + 1;
  const nextOpen =
    next && next.paragraph === q.paragraph && next.open !== -1
      ? next.open
      : para.end;
  const afterEnd = Math.min(nextOpen, para.end, afterStart + CUE_WINDOW);
  const afterSentenceEnd = sentenceEnd(ctx.text, afterStart, afterEnd);
  const endsSentence = endsWithStop(ctx.text, q.start, q.end);

  const after =
    q.close === -1 ? null : cueAfter(ctx, afterStart, afterSentenceEnd);
  // A weak verb after the quote (`a clip put out by her staff`) yields to a strong
  // one before it (`A coach says he’s “thrilled”`).
  if (
    after &&
    !endsSentence &&
    after.words <= ADJACENT_WORDS &&
    (!WEAK.has(after.cue.verb) || after.cue.verb === "according")
  )
    return after.cue;

  const prevClose =
    prev && prev.paragraph === q.paragraph
      ? prev.close === -1
        ? prev.end
        : prev.close + 1
      : para.start;
  const beforeStart = Math.max(prevClose, para.start, q.open - CUE_WINDOW);
  const sentence =
    q.open > beforeStart
      ? sentenceStart(ctx.text, beforeStart, q.open)
      : q.open;
  if (q.open > beforeStart) {
    const before =
      cueBefore(ctx, sentence, q.open) ?? inWordsCue(ctx, sentence, q.open);
    if (before) return before;
  }
  if (after && (!endsSentence || after.words <= ADJACENT_WORDS))
    return after.cue;
  // `Santos says his “friend” Okafor ran “a tidy race”`: a quote in the sentence of
  // the quote before it, with no speech verb between, is the same speaker's (inherited).
  const sameSentence =
    prev !== undefined &&
    prev.paragraph === q.paragraph &&
    sentence === prevClose &&
    !endsWithStop(ctx.text, prev.start, prev.end);
  if (q.open > sentence && !sameSentence)
    return clauseSubjectCue(ctx, sentence, q);
  return null;
}

/**
 * `In her words, the cut was “a disaster”`, `in the words of Ana Ruiz, “…”`: the words
 * are the person's, named or meant by the pronoun.
 */
function inWordsCue(ctx: Context, from: number, to: number): Cue | null {
  const lead = ctx.text.slice(from, to);
  const own = /\b[Ii]n (his|her) (?:own )?words\b/.exec(lead);
  if (own) {
    const start = from + own.index + 3;
    return {
      subject: { start, end: start + own[1]!.length },
      verb: IN_WORDS,
      cue: own[0].replace(/^I/, "i"),
      participle: false,
    };
  }
  const of = /\b[Ii]n the words of ([^,;:]+)/.exec(lead);
  if (!of) return null;
  const start = from + of.index + of[0].length - of[1]!.length;
  return {
    subject: { start, end: start + of[1]!.trimEnd().length },
    verb: IN_WORDS,
    cue: "in the words of",
    participle: false,
  };
}
