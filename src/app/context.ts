import type { Span } from "../model/article.ts";

/** A sentence ends at `.`, `!` or `?`, maybe followed by closing marks, then a space. */
const SENTENCE_END = /[.!?]["”’)]*\s+/g;

/**
 * The sentence(s) around a quote within its paragraph, for the "Quotes only" view:
 * `Rain fell. “We are ready,” he said. Then...` -> `“We are ready,” he said.`
 */
export function contextSpan(text: string, paragraph: Span, quote: Span): Span {
  let start = paragraph.start;
  let end = paragraph.end;
  const slice = text.slice(paragraph.start, paragraph.end);
  for (const match of slice.matchAll(SENTENCE_END)) {
    const boundary = paragraph.start + match.index + match[0].length;
    // A boundary inside the quote is the quote's own punctuation, not the sentence's.
    if (boundary <= quote.start) start = boundary;
    else if (boundary > quote.end) {
      end = paragraph.start + match.index + match[0].trimEnd().length;
      break;
    }
  }
  return { start, end };
}
