import { isNameOfWork } from "./quotes/names-of-works.ts";
import { quotesInParagraph } from "./quotes/paragraph-quotes.ts";
import { isReportedSpeech } from "./quotes/reported-speech.ts";
import type { LazyIndex } from "./quotes/verb-index.ts";
import type { Span } from "../model/article.ts";

/** A quotation found in a body paragraph, before anyone is credited with it. */
export interface QuoteSpan extends Span {
  /** Index into the body paragraphs. */
  paragraph: number;
  /** Offset of the opening mark, or -1 when the paragraph starts inside the quote. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote runs to the paragraph's end. */
  close: number;
  /** True when it carries on a quote left open at the end of the previous paragraph. */
  continuesPrevious: boolean;
  kind: "full" | "partial";
  /**
   * Reported speech by its own look: a sentence or more, an unclosed run, or a short
   * fragment with a speech verb in its sentence. A short fragment without one
   * (`a “quiet” neighbour`) is kept only if a later stage finds who it belongs to.
   */
  reported: boolean;
}

/**
 * Stage 3: finds the quotations in body paragraphs, with offsets of the words inside
 * the marks. Curly, straight and low double quotes; single quotes are left inside.
 * A mark opens or closes by what stands beside it (`,“ said` closes, `”Mr.` at a
 * paragraph's start opens). A mark left open runs to its paragraph's end, never further.
 * Short quoted terms nobody is reported saying (`a “quiet” neighbour`) are dropped.
 *
 * `He said “A,” then “B`  -> `A,` and `B` (unclosed, to the paragraph's end).
 */
export function findQuotes(
  text: string,
  paragraphs: readonly Span[],
): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  let previousOpen = false;
  paragraphs.forEach((para, index) => {
    const spans = quotesInParagraph(text, para, index, previousOpen);
    const last = spans[spans.length - 1];
    previousOpen =
      last !== undefined && last.close === -1 && last.end === para.end;
    // Built on the first short quote that needs it, then shared by the paragraph's
    // other quotes: 10 MB of `“a ” “b ”` on one line would otherwise re-read the 400
    // characters around each of its million quotes.
    const lazy: LazyIndex = { para, index: null };
    for (const span of spans) {
      if (isNameOfWork(text, span)) continue;
      span.reported = isReportedSpeech(text, span, lazy);
      found.push(span);
    }
  });
  return found;
}
