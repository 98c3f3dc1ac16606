import type { QuoteSpan } from "../quotes.ts";
import { sentenceEnd, sentenceStart } from "../sentences.ts";
import type { Context } from "./context.ts";
import { CUE_WINDOW } from "./limits.ts";
import { firstIndexFrom, isPossessive } from "./mentions.ts";
import type { Attributed } from "./resolved.ts";

/**
 * For a quote that nothing else attributes: the person named nearest to it in its own
 * sentence (`Okafor’s budget speech promised “a decade of repair”`, `the plan Santos
 * unveiled in May, a “fresh start,” drew fire`), given as uncertain. A quote alone in
 * its sentence, or whose sentence names nobody, keeps no speaker.
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
