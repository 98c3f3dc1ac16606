import type { Quote, Span } from "../../model/article.ts";
import { SPEECH_VERBS } from "../lexicon/speech-verbs.ts";
import type { QuoteSpan } from "../quotes.ts";
import { sentenceStart } from "../sentences.ts";
import { clauseStart } from "./clause.ts";
import { colonLeadCue } from "./clause-subject-cue.ts";
import type { Context } from "./context.ts";
import { cueBefore } from "./cue-before.ts";
import { CUE_WINDOW, MAX_OPENING_WORDS } from "./limits.ts";
import { isPossessive, mentionIn } from "./mentions.ts";
import { resolveSubject } from "./resolve-subject.ts";
import {
  continuing,
  withCue,
  withFoundCue,
  type Attributed,
} from "./resolved.ts";
import { isLower, wordsAt } from "./words.ts";

/*
 * A quote with no cue of its own, where no later quote in its run has one either: who
 * spoke just before it, in its paragraph or the one before.
 */

const SPEECH = new Set(SPEECH_VERBS);

/**
 * For a quote with no cue: the speaker of the quote before it in the paragraph, or, for
 * a quote opening its paragraph, of the last quote of the paragraph before, or of
 * reported speech there (`Okafor admits in this case, there were delays.`).
 */
export function runBefore(
  ctx: Context,
  previous: Quote | undefined,
  q: QuoteSpan,
): Attributed | null {
  if (previous && previous.paragraph === q.paragraph) {
    // A fragment in a later sentence about someone else is not a continuation:
    // `Santos urged Moreau to “relax.” That led Okafor to call Moreau “very nervous.”`
    const between = ctx.text.slice(previous.end, q.open);
    if (q.kind === "partial" && /[.!?]["”’]?\s/.test(between)) return null;
    return continuing(previous.speaker, previous.speakerKind, previous.doubt);
  }
  const para = ctx.paragraphs[q.paragraph]!;
  if (q.open > para.start) return sentenceBeforeSubject(ctx, para, q);
  if (q.paragraph === 0) return null;
  // A guess (`nearest`) for the paragraph before does not carry over: a new paragraph
  // continues a run only from a speaker the text names.
  if (previous && previous.paragraph === q.paragraph - 1)
    return previous.method === "nearest"
      ? null
      : continuing(previous.speaker, previous.speakerKind, previous.doubt);
  const before = ctx.paragraphs[q.paragraph - 1]!;
  const lastSentence = sentenceStart(
    ctx.text,
    Math.max(before.start, before.end - CUE_WINDOW),
    before.end,
  );
  const cue =
    cueBefore(ctx, lastSentence, before.end) ??
    // `Mayor Santos issued this statement:` then the quote.
    (/:\s*$/.test(ctx.text.slice(before.end - 2, before.end))
      ? colonLeadCue(ctx, lastSentence, before.end)
      : null);
  if (!cue) return openingPerson(ctx, lastSentence, before.end);
  const r = resolveSubject(ctx, cue, before.end);
  return r.speaker ? withFoundCue(r, cue.cue) : null;
}

/**
 * `Moreau listed her years on the council. “We need more buses,”`: a
 * quote with no cue after a sentence that opens with a person takes that person.
 */
function sentenceBeforeSubject(
  ctx: Context,
  para: Span,
  q: QuoteSpan,
): Attributed | null {
  const start = sentenceStart(
    ctx.text,
    Math.max(para.start, q.open - CUE_WINDOW),
    q.open,
  );
  if (start !== q.open) return null;
  const prev = sentenceStart(
    ctx.text,
    Math.max(para.start, start - CUE_WINDOW),
    Math.max(para.start, start - 1),
  );
  // `…, Okafor said. “The council may be slow…”`: reported speech just before.
  const cue = cueBefore(ctx, prev, start);
  if (cue) {
    const r = resolveSubject(ctx, cue, start);
    if (r.speaker) return { ...withCue(r, null), method: "continuing" };
  }
  const subject = mentionIn(ctx.mentions, { start: prev, end: start });
  if (!subject || isPossessive(ctx.text, subject)) return null;
  if (wordsAt(ctx, prev, subject.start).length > MAX_OPENING_WORDS) return null;
  const person = ctx.people[subject.person]!;
  return {
    speaker: person.name,
    kind: "person",
    method: "continuing",
    cue: null,
  };
}

/**
 * `At 25, Quist was diagnosed with asthma.` then a paragraph that is only a
 * quote: the person the sentence before opens with (past an introductory phrase).
 */
function openingPerson(
  ctx: Context,
  from: number,
  to: number,
): Attributed | null {
  const start = clauseStart(ctx.text, from, to);
  const m = mentionIn(ctx.mentions, { start, end: to });
  if (!m || isPossessive(ctx.text, m)) return null;
  // A source we could not resolve speaks there: `…, according to the analysis.`
  if (wordsAt(ctx, m.end, to).some((w) => isLower(w) && SPEECH.has(w.lower)))
    return null;
  if (wordsAt(ctx, start, m.start).length > 0) return null;
  return {
    speaker: ctx.people[m.person]!.name,
    kind: "person",
    method: "continuing",
    cue: null,
  };
}
