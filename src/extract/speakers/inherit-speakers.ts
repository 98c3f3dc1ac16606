import type { Quote } from "../../model/article.ts";
import { endsWithStop } from "../tokens.ts";
import type { Context } from "./context.ts";
import { nearestInSentence } from "./nearest-person.ts";
import { continuing, type Attributed } from "./resolved.ts";
import { runBefore } from "./speaker-before.ts";

/** Fills speakers of quotes with no cue from the run they belong to; builds `Quote`s. */
export function inheritSpeakers(
  ctx: Context,
  resolved: readonly Attributed[],
): Quote[] {
  const quotes: Quote[] = [];
  // nextCued[i]: the next quote in the same paragraph that has a cue, for `“A.” “B,” she said.`
  const nextCued: number[] = new Array<number>(ctx.spans.length).fill(-1);
  // A sentence of the writer's own between two quotes ends the run: `“A.” Her coach,
  // Brandt, agreed. “B,” Brandt said.` does not give A to Brandt (but `“A” rather than
  // “B,” Quist writes` gives both to Quist).
  for (let k = ctx.spans.length - 2; k >= 0; k--) {
    const q = ctx.spans[k]!;
    const n = ctx.spans[k + 1]!;
    // Only quotes of one paragraph make a run: the text between is read for those.
    if (n.paragraph !== q.paragraph) continue;
    // The text between is `text[q.close + 1, n.open)`, read in place (empty when
    // either quote has no mark there).
    const marked = q.close !== -1 && n.open !== -1;
    const writerSentence =
      marked &&
      hasLetterOrDigitIn(ctx.text, q.close + 1, n.open) &&
      (stopIn(ctx.text, q.close + 1, n.open) ||
        endsWithStop(ctx.text, q.start, q.end));
    if (!writerSentence) {
      nextCued[k] = resolved[k + 1]!.cue !== null ? k + 1 : nextCued[k + 1]!;
    }
  }
  // runCued[i]: for a quote left open at its paragraph's end, the first quote of its run
  // in later paragraphs that has a cue: a speaker named only after the last paragraph
  // (`“A.` then `“B,” Ruiz said.`) speaks the whole run.
  const runCued: number[] = new Array<number>(ctx.spans.length).fill(-1);
  for (let k = ctx.spans.length - 2; k >= 0; k--) {
    const n = ctx.spans[k + 1]!;
    if (ctx.spans[k]!.close !== -1 || !n.continuesPrevious) continue;
    runCued[k] = resolved[k + 1]!.cue !== null ? k + 1 : runCued[k + 1]!;
  }
  ctx.spans.forEach((q, i) => {
    let r: Attributed = resolved[i]!;
    const previous = quotes[i - 1];
    let continues: string | null = null;
    if (q.continuesPrevious && previous) {
      continues = previous.continues ?? previous.id;
      if (r.cue === null)
        r = continuing(previous.speaker, previous.speakerKind, previous.doubt);
    } else if (r.cue === null) {
      const next = nextCued[i] !== -1 ? nextCued[i]! : runCued[i]!;
      const later = next === -1 ? null : resolved[next]!;
      r = later
        ? continuing(later.speaker, later.kind, later.doubt ?? null)
        : (runBefore(ctx, previous, q) ?? r);
    }
    if (r.speaker === null && r.cue === null)
      r = nearestInSentence(ctx, q) ?? r;
    quotes.push({
      id: `q-${i + 1}`,
      start: q.start,
      end: q.end,
      text: ctx.text.slice(q.start, q.end),
      speaker: r.speaker,
      speakerKind: r.kind,
      cue: r.cue,
      method: r.method,
      confidence: r.speaker !== null && r.doubt === undefined ? "high" : "low",
      doubt: r.speaker === null ? null : (r.doubt ?? null),
      kind: q.kind,
      paragraph: q.paragraph,
      continues,
    });
  });
  return quotes;
}

/**
 * `/[\p{L}\p{N}]/u.test(text.slice(from, to))`: ASCII read by hand, the regex asked only
 * when a character outside ASCII comes before any ASCII letter or digit.
 */
function hasLetterOrDigitIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return LETTER_OR_DIGIT.test(text.slice(from, to));
    if (
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a)
    )
      return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** `/[.!?]/.test(text.slice(from, to))` without the slice. */
function stopIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f) return true;
  }
  return false;
}
