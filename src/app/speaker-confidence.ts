import type { Quote } from "../model/article.ts";

/** Whether a quote names a speaker on weak evidence (`Quote.doubt` says why). */
export function uncertain(quote: Quote): boolean {
  return quote.speaker !== null && quote.confidence === "low";
}

/** The speaker as a reader should take it: `Ana Ruiz`, `Ana Ruiz (uncertain)`. */
export function speakerLabel(quote: Quote): string {
  if (quote.speaker === null) return "Speaker not identified";
  return uncertain(quote) ? `${quote.speaker} (uncertain)` : quote.speaker;
}

/**
 * Whether a quote stays in view under the reader's filters: one speaker's quotes when
 * `speaker` is set, and only sure attributions when `sureOnly` is.
 */
export function shownQuote(
  quote: Quote,
  speaker: string | null,
  sureOnly: boolean,
): boolean {
  if (speaker !== null && quote.speaker !== speaker) return false;
  return !(sureOnly && (quote.speaker === null || uncertain(quote)));
}
