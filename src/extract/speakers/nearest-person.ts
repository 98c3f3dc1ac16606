import type { QuoteSpan } from "../quotes.ts";
import { sentenceEnd, sentenceStart } from "../sentences.ts";
import type { Context } from "./context.ts";
import { CUE_WINDOW } from "./limits.ts";
import { firstIndexFrom, isPossessive } from "./mentions.ts";
import type { Attributed } from "./resolved.ts";

/**
 * For a quote that nothing else attributes, given as uncertain: the person named nearest
 * to it from the start of its sentence to the end of the sentence its closing mark is in
 * (`After calling it “reckless,” Okafor voted for the plan`; a whole sentence quoted,
 * then `That pledge from Okafor was on every poster.`). Owners (`Okafor’s niece`) do not
 * count; where nobody else is named, the quote keeps no speaker.
 */
export function nearestInSentence(
  ctx: Context,
  q: QuoteSpan,
): Attributed | null {
  const para = ctx.paragraphs[q.paragraph]!;
  const open = q.open === -1 ? q.start : q.open;
  const close = q.close === -1 ? q.end : q.close + 1;
  // Read no further than a cue would be looked for, so a paragraph with no stops costs
  // the window, not its length.
  const from = sentenceStart(
    ctx.text,
    Math.max(para.start, open - CUE_WINDOW),
    open,
  );
  const to = sentenceEnd(
    ctx.text,
    close,
    Math.min(para.end, close + CUE_WINDOW),
  );
  let best = -1;
  let distance = Infinity;
  for (
    let k = firstIndexFrom(ctx.mentions, from);
    k < ctx.mentions.length;
    k++
  ) {
    const m = ctx.mentions[k]!;
    if (m.start >= to) break;
    const d =
      m.end <= open ? open - m.end : m.start >= close ? m.start - close : -1;
    // `Ruiz’s niece`, `Ruiz’s slogan`: an owner is seldom the one quoted.
    if (d >= 0 && d < distance && !isPossessive(ctx.text, m)) {
      distance = d;
      best = m.person;
    }
  }
  if (best === -1) return null;
  return {
    speaker: ctx.people[best]!.name,
    kind: "person",
    method: "nearest",
    cue: null,
    doubt: "a guess from where the name stands",
  };
}
