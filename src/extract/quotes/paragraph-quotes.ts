import type { QuoteSpan } from "../quotes.ts";
import {
  CLOSES,
  isSpaceCode,
  markRole,
  type MarkRole,
  OPENS,
  roleAt,
} from "./marks.ts";
import { hasLetterOrDigit, quoteKind } from "./reported-speech.ts";
import type { Span } from "../../model/article.ts";

/* The quotations of one paragraph, from its marks, carried over paragraph breaks. */

/** Pairs the marks of one paragraph. Linear: each mark is looked at a fixed number of times. */
export function quotesInParagraph(
  text: string,
  para: Span,
  paragraph: number,
  previousOpen: boolean,
): QuoteSpan[] {
  // The double quotation marks `isMark` accepts: `"`, `“ ” „ ‟`, `« »`.
  const marks: number[] = [];
  const end = Math.min(para.end, text.length);
  for (let i = Math.max(0, para.start); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || (c >= 0x201c && c <= 0x201f) || c === 0xab || c === 0xbb)
      marks.push(i);
  }
  const spans: QuoteSpan[] = [];
  let depth = 0;
  let open = -1;
  // Loops and a top-level `pushQuote` rather than `forEach` and a closure to emit: a
  // closure per paragraph adds up over 10 MB of two-quote paragraphs.
  const sink: QuoteSink = { text, para, paragraph, spans };
  // Each mark's role is read once; a typed array keeps 10 MB of marks off the heap.
  // A paragraph of a few marks borrows the shared scratch arrays: a pair of typed
  // arrays made for each of 300,000 short paragraphs costs more than reading them.
  const few = marks.length <= SCRATCH_MARKS;
  const roles = few ? SCRATCH_ROLES : new Uint8Array(marks.length);
  for (let k = 0; k < marks.length; k++) {
    roles[k] = markRole(text, marks[k] ?? 0, para);
  }
  // closesAfter[k]: how many marks after marks[k] could close, to tell a nested quote
  // (`“They laugh at “experts” making…”`) from a fresh one.
  const closesAfter = few ? SCRATCH_CLOSES : new Int32Array(marks.length);
  if (marks.length > 0) closesAfter[marks.length - 1] = 0;
  for (let k = marks.length - 2; k >= 0; k--) {
    closesAfter[k] =
      (closesAfter[k + 1] ?? 0) + (roles[k + 1] === CLOSES ? 1 : 0);
  }
  for (let k = 0; k < marks.length; k++) {
    const i = marks[k] ?? 0;
    const role = roleAt((roles[k] ?? OPENS) as MarkRole, depth);
    if (depth === 0) {
      if (role === "open") {
        depth = 1;
        open = i;
      } else if (k === 0 && previousOpen) {
        // The paragraph starts inside a quote carried over: `Ana Ruiz."`.
        pushQuote(sink, para.start, i, -1, i, true);
      }
    } else if (depth === 1) {
      if (role === "close") {
        pushQuote(
          sink,
          open + 1,
          i,
          open,
          i,
          open === para.start && previousOpen,
        );
        depth = 0;
      } else if ((closesAfter[k] ?? 0) > 0) {
        depth = 2;
      } else {
        pushQuote(
          sink,
          open + 1,
          i,
          open,
          -1,
          open === para.start && previousOpen,
        );
        open = i;
      }
    } else if (role === "close") {
      depth = 1;
    }
  }
  if (depth > 0) {
    // `said the fee "would not have been fair'' to the tenants`: two
    // apostrophes, a wire-copy closing mark, close a quote left open.
    const twin = /[^\s'’]''(?=[\s.,;:!?)]|$)/.exec(
      text.slice(open + 1, para.end),
    );
    if (twin) {
      const close = open + 1 + twin.index + 1;
      pushQuote(sink, open + 1, close, open, close, false);
    } else
      pushQuote(
        sink,
        open + 1,
        para.end,
        open,
        -1,
        open === para.start && previousOpen,
      );
  }
  return spans;
}

/** Paragraphs with up to this many marks use the scratch arrays below. */
const SCRATCH_MARKS = 64;

const SCRATCH_ROLES = new Uint8Array(SCRATCH_MARKS);

const SCRATCH_CLOSES = new Int32Array(SCRATCH_MARKS);

/** What `pushQuote` needs of the paragraph being read. */
interface QuoteSink {
  text: string;
  para: Span;
  paragraph: number;
  spans: QuoteSpan[];
}

/**
 * Adds the quote between `from` and `to` (trimmed) to `sink.spans`, if it holds a letter
 * or digit; `o` and `c` are the offsets of its marks (-1: none), `cont` whether it
 * carries on the previous paragraph's quote.
 */
function pushQuote(
  sink: QuoteSink,
  from: number,
  to: number,
  o: number,
  c: number,
  cont: boolean,
): void {
  const { text, para } = sink;
  // `[from, to)` without surrounding spaces, read in place: no span object per quote.
  let start = from;
  let end = to;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start && hasLetterOrDigit(text, start, end)) {
    const q: QuoteSpan = {
      start,
      end,
      paragraph: sink.paragraph,
      open: o,
      close: c,
      continuesPrevious: cont,
      kind: "full",
      reported: true,
    };
    q.kind = quoteKind(text, q, para);
    sink.spans.push(q);
  }
}
