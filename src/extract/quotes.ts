import type { Span } from "../model/article.ts";
import { FRAGMENT_VERBS } from "./lexicon/speech-verbs.ts";
import { sentenceEnd, sentenceStart } from "./sentences.ts";
import {
  isRegexSpace,
  lowerCase,
  nextWordStart,
  wordCharsEnd,
} from "./tokens.ts";

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

/** Below this many words a quotation needs a speech verb nearby to count: `a “quiet” neighbour`. */
const SHORT_QUOTE_WORDS = 5;
/** How far to look for a speech verb around a short quotation (characters each side). */
const CONTEXT_WINDOW = 200;

const OPENING_GLYPHS = new Set([0x201c, 0x201e, 0x201f, 0x00ab]);
const CLOSING_GLYPHS = new Set([0x201d, 0x00bb]);
const SPEECH_VERB_SET = new Set(FRAGMENT_VERBS);

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

type Role = "open" | "close";

function isMark(code: number): boolean {
  return code === 0x22 || OPENING_GLYPHS.has(code) || CLOSING_GLYPHS.has(code);
}

function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || Number.isNaN(code);
}

/** Characters after which a mark opens: `(“`, `—“`, `‘“`. */
const OPEN_AFTER = new Set([..."([{—–-/‘'"].map((c) => c.charCodeAt(0)));
/** Characters before which a mark closes: `”.`, `”,`, `”)`. */
const CLOSE_BEFORE = new Set(
  [...".,;:!?)]}—–-’'…"].map((c) => c.charCodeAt(0)),
);

/**
 * A mark's role as its neighbours and glyph tell it. `EITHER` is a straight `"` they
 * leave open (`a"b`): it opens outside a quote and closes inside one.
 */
const OPENS = 0;
const CLOSES = 1;
const EITHER = 2;
type MarkRole = typeof OPENS | typeof CLOSES | typeof EITHER;

/** Whether the mark at `i` opens or closes, from its neighbours, then its glyph. */
function markRole(text: string, i: number, para: Span): MarkRole {
  // A paragraph's first mark has nothing to close, whatever its glyph or the space after
  // it: `” … if the mayor can wait, then surely…,” the sign read.`
  if (i === para.start) return OPENS;
  const prev = i > para.start ? text.charCodeAt(i - 1) : NaN;
  const next = i + 1 < para.end ? text.charCodeAt(i + 1) : NaN;
  const canOpen =
    !isSpaceCode(next) &&
    (isSpaceCode(prev) || OPEN_AFTER.has(prev) || isMark(prev));
  const canClose =
    !isSpaceCode(prev) &&
    (isSpaceCode(next) || CLOSE_BEFORE.has(next) || isMark(next));
  if (canOpen && !canClose) return OPENS;
  if (canClose && !canOpen) return CLOSES;
  const code = text.charCodeAt(i);
  if (OPENING_GLYPHS.has(code)) return OPENS;
  if (CLOSING_GLYPHS.has(code)) return CLOSES;
  return EITHER;
}

/** The role of a mark met at quote depth `depth`: `EITHER` opens at 0, closes inside. */
function roleAt(role: MarkRole, depth: number): Role {
  if (role === OPENS) return "open";
  if (role === CLOSES) return "close";
  return depth === 0 ? "open" : "close";
}

/** Pairs the marks of one paragraph. Linear: each mark is looked at a fixed number of times. */
function quotesInParagraph(
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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const GENERAL_PUNCTUATION_FIRST = 0x2000;
const GENERAL_PUNCTUATION_LAST = 0x206f;

/** Small words a title in Title Case leaves in lower case: `Talk of the Harbour`, `Life on the Coast`. */
const TITLE_SMALL_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "for",
  "to",
  "in",
  "on",
  "at",
  "with",
  "by",
  "from",
  "&",
  "is",
]);

/**
 * Titles of shows, books and events and markup values, never anyone's words:
 * `on KTVX’s “Harbour Morning”`, `an interview with "Dawn and Dusk,"`, `author="@anaruiz"`,
 * `“City museum gets a new director,” by Jo Roe`.
 * A short phrase in Title Case after a possessive or a preposition.
 */
function isNameOfWork(text: string, q: QuoteSpan): boolean {
  if (q.open <= 0) return false;
  // Markup: `tweet-date="…` (even when its value runs on) and `">Big news…`.
  if (text.charCodeAt(q.open - 1) === 0x3d || text.charAt(q.open + 1) === ">")
    return true;
  if (q.close === -1) return false;
  // `“Lena Sato leaves the show,” by Times’ Jo Roe`: a headline, song or book credited
  // to its author (a comma closes it, then `by`).
  if (
    text.charCodeAt(q.end - 1) === 0x2c &&
    /^ by \S/.test(text.slice(q.close + 1, q.close + 6))
  )
    return true;
  const words = titleWords(text, q.start, q.end);
  if (words === -1) return false;
  const after = text.slice(q.close + 1, q.close + 1 + TITLE_LEAD_CHARS);
  // `“Salt in the Harbour” star Jo Roe`, `the “Comet” actor`: a show before its cast.
  if (TITLE_FOLLOWERS.test(after)) return true;
  const before = text.slice(Math.max(0, q.open - TITLE_LEAD_CHARS), q.open);
  // `Andrés "Chato" Ruiz`, `Kofi “The Wall” Mensah`: a nickname inside a name.
  if (
    words <= 2 &&
    endsWithCapitalisedWord(before) &&
    // …but not in a headline in Title Case: `How He Stayed “Fearless” At Sea`.
    /^ \p{Lu}[\p{L}.'’-]*(?:[,.;:]| \(| \p{Ll}|$)/u.test(after)
  )
    return true;
  return endsWithTitleLead(before);
}

/** Words before a title: `on “Talk of the Harbour”`, `a film called “Drift”`. */
const TITLE_LEADS = new Set(
  "on of in with from to at for called titled named show program programme series film movie book novel song album documentary podcast".split(
    " ",
  ),
);

/**
 * `/(?:['’]s|\b(?:on|of|…|podcast))\s*$/i.test(s)` (the words of `TITLE_LEADS`): `s`
 * ends, spaces aside, in a possessive or in one of those words standing alone. Read
 * backwards by hand; the regex tried every position of `s`.
 */
function endsWithTitleLead(s: string): boolean {
  let end = s.length;
  while (end > 0 && isRegexSpace(s.charCodeAt(end - 1))) end--;
  if (end >= 2) {
    const last = s.charCodeAt(end - 1);
    const mark = s.charCodeAt(end - 2);
    if ((last === 0x73 || last === 0x53) && (mark === 0x27 || mark === 0x2019))
      return true;
  }
  // The ASCII letters before the spaces, with no letter, digit or `_` before them.
  let start = end;
  while (start > 0 && isAsciiLetter(s.charCodeAt(start - 1))) start--;
  if (start === end) return false;
  if (start > 0) {
    const c = s.charCodeAt(start - 1);
    if ((c >= 0x30 && c <= 0x39) || c === 0x5f) return false;
  }
  return TITLE_LEADS.has(lowerCase(s.slice(start, end)));
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * How many words `text[from, to)` has if it reads as a title in Title Case (at most
 * `MAX_TITLE_WORDS`, each capitalised, a number or a small word like `the`, the first
 * not small), else -1. Words are what `split(/\s+/)` makes of the slice; reading them
 * in place stops at the first word that fails, where the split made all of them.
 */
function titleWords(text: string, from: number, to: number): number {
  let count = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isSpaceAt(text, i)) continue;
    // A word is `text[start, i)`, empty at the edges of a slice that starts or ends
    // with a space, as `split` gives it.
    count++;
    if (count > MAX_TITLE_WORDS) return -1;
    const capital = startsCapitalOrDigit(text, start, i);
    if (!capital && (count === 1 || !isSmallTitleWord(text, start, i)))
      return -1;
    while (i + 1 < to && isSpaceAt(text, i + 1)) i++;
    start = i + 1;
  }
  return count;
}

/**
 * Whether `text[i]` is `\s`: ASCII here, the rest by `isRegexSpace` (a call to another
 * module costs a getter per character under tsx, and quotes are mostly ASCII).
 */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return isRegexSpace(c);
}

/** `/^[\p{Lu}\d]/u.test(text.slice(from, to))`, with ASCII answered by hand. */
function startsCapitalOrDigit(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  const c = text.charCodeAt(from);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return CAPITAL_OR_DIGIT.test(text.slice(from, Math.min(to, from + 2)));
}

const CAPITAL_OR_DIGIT = /^[\p{Lu}\d]/u;

function isSmallTitleWord(text: string, from: number, to: number): boolean {
  return TITLE_SMALL_WORDS.has(lowerCase(text.slice(from, to)));
}

/**
 * `/\p{Lu}[\p{L}.'’-]* $/u.test(s)`: `s` ends in a space after a word with a capital
 * in it (`Andrés `). ASCII is read by hand, backwards; other letters go to the regex.
 */
function endsWithCapitalisedWord(s: string): boolean {
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 0x20) return false;
  for (let i = n - 2; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return CAPITALISED_WORD_END.test(s);
    if (c >= 0x41 && c <= 0x5a) return true;
    const inWord =
      (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x27 || c === 0x2d;
    if (!inWord) return false;
  }
  return false;
}

const CAPITALISED_WORD_END = /\p{Lu}[\p{L}.'’-]* $/u;

/** Titles of works are short (words). */
const MAX_TITLE_WORDS = 6;
/** Words after a title that name its cast or makers: `“Comet” star`, `“Tides” creator`. */
const TITLE_FOLLOWERS =
  /^ (?:star|stars|co-star|actor|actress|host|creator|author|singer|producer|director|alum|alumna|alumnus)\b/i;
/** How far before a quote to look for `KTVX’s`, `on`, `titled` (characters). */
const TITLE_LEAD_CHARS = 24;

/** Whether `text[from, to)` holds a letter or digit; stops at the first one. */
function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a)
    )
      return true;
    // General Punctuation (U+2000–U+206F: `“ ” — …`) holds no letter or digit, so
    // 10 MB of `“` skips the Unicode regex.
    if (c >= GENERAL_PUNCTUATION_FIRST && c <= GENERAL_PUNCTUATION_LAST)
      continue;
    if (c >= 0x80 && LETTER_OR_DIGIT.test(text.charAt(i))) return true;
  }
  return false;
}

/**
 * `partial` when the quote is a fragment inside a sentence of the writer's: a word
 * (not a colon or sentence end) stands before the mark and the fragment starts in lower
 * case: `the Kremlin bemoaned the “catastrophic rise…”`.
 */
function quoteKind(text: string, q: QuoteSpan, para: Span): "full" | "partial" {
  if (q.open <= para.start) return "full";
  const before = text.slice(Math.max(para.start, q.open - 2), q.open);
  const first = text.charAt(q.start);
  const afterWord = /[\p{L}\p{N}] ?$/u.test(before);
  return afterWord && first !== first.toUpperCase() ? "partial" : "full";
}

/**
 * Keeps quotations of sentence length, and short ones only when a speech verb stands in
 * the same sentence (`Haddad said he was “deeply worried”`). Scare quotes, nicknames
 * and titles (`a “quiet” neighbour`, `promote “The Duel”`) are not reported speech by
 * their look; a later stage keeps them only if it finds who said them.
 */
function isReportedSpeech(
  text: string,
  q: QuoteSpan,
  lazy: LazyIndex,
): boolean {
  const { para } = lazy;
  if (q.close === -1 || q.open === -1) return true;
  if (countWords(text, q.start, q.end, SHORT_QUOTE_WORDS) >= SHORT_QUOTE_WORDS)
    return true;
  // A short paragraph is read where the quote needs it; a long one (10 MB of `“a ” “b ”`
  // on one line) is indexed once for all its quotes.
  const verbs =
    para.end - para.start <= DIRECT_READ_CHARS
      ? null
      : (lazy.index ??= indexVerbs(text, para));
  const from = Math.max(para.start, q.open - CONTEXT_WINDOW);
  // With no `.`, `!` or `?` before the mark, the sentence starts at the window's edge:
  // a line of 10 MB of `“a ” “b ”` skips reading 200 characters back for each quote.
  const before = stopIn(text, verbs, from, q.open)
    ? sentenceStart(text, from, q.open)
    : from;
  // A whole sentence in quotes is speech even when short: `“Not now.”`
  const lastCode = text.charCodeAt(q.end - 1);
  const atStart = followsSentenceEnd(text, before, q.open);
  if (
    atStart &&
    startsNonLower(text, q.start) &&
    (lastCode === 0x2e || lastCode === 0x21 || lastCode === 0x3f)
  ) {
    return true;
  }
  const limit = Math.min(para.end, q.close + 1 + CONTEXT_WINDOW);
  return (
    speechVerbIn(text, verbs, before, q.open) ||
    speechVerbIn(
      text,
      verbs,
      q.close + 1,
      // Likewise a sentence with no stop after the mark runs to the window's edge.
      stopIn(text, verbs, q.close + 1, limit)
        ? sentenceEnd(text, q.close + 1, limit)
        : limit,
    )
  );
}

/**
 * `text.charAt(i) !== lowerCase(text.charAt(i))`: the character changes when lowered.
 * ASCII is answered by hand (only `A`–`Z` change).
 */
function startsNonLower(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const first = text.charAt(i);
  return first !== lowerCase(first);
}

/** Paragraphs up to this long are read around each short quote rather than indexed. */
const DIRECT_READ_CHARS = 1024;

/** Whether a `.`, `!` or `?` stands in `text[from, to)`: by the index, or read there. */
function stopIn(
  text: string,
  index: VerbIndex | null,
  from: number,
  to: number,
): boolean {
  if (index !== null) return hasStop(index, from, to);
  for (let i = Math.max(0, from); i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f) return true;
  }
  return false;
}

/**
 * Whether a speech verb is among the words of `text[from, to)` (runs of `WORD_CHARS`,
 * cut to the range as a regex over the slice reads them): by the index, or read there.
 */
function speechVerbIn(
  text: string,
  index: VerbIndex | null,
  from: number,
  to: number,
): boolean {
  if (index !== null) return hasSpeechVerb(text, index, from, to);
  const end = Math.min(to, text.length);
  let pos = nextWordStart(text, Math.max(0, from), end);
  while (pos < end) {
    const start = pos;
    pos = wordCharsEnd(text, start, end);
    if (
      mayBeVerb(text, start, pos) &&
      SPEECH_VERB_SET.has(lowerCase(text.slice(start, pos)))
    )
      return true;
    pos = nextWordStart(text, pos, end);
  }
  return false;
}

/**
 * Whether only spaces stand between a sentence end (`.`, `!`, `?`, `:`) or `from`
 * and `to`: `He left. “Not now.”` Reads back over the spaces only, where the regex
 * `/(?:^|[.!?:])\s*$/` on the slice tried every position of it.
 */
function followsSentenceEnd(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && /\s/.test(text.charAt(i - 1))) i--;
  if (i === from) return true;
  const c = text.charCodeAt(i - 1);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a;
}

/**
 * Words (runs of non-spaces) in `text[from, to)`, counted up to `enough`: a quote of a
 * million words is not short after its fifth.
 */
function countWords(
  text: string,
  from: number,
  to: number,
  enough: number,
): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to && count < enough; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/**
 * The words of one paragraph (maximal runs of letters and digits) and how many of them
 * are speech verbs, so that asking whether a stretch holds one costs a binary search.
 */
interface VerbIndex {
  starts: number[];
  ends: number[];
  /** Offsets of `.`, `!` and `?`, which may end a sentence. */
  stops: number[];
  /** `verbsBefore[k]`: speech verbs among words `0 … k-1`. */
  verbsBefore: number[];
}

/** A paragraph and its index, built on the first short quote that asks for it. */
interface LazyIndex {
  para: Span;
  index: VerbIndex | null;
}

/** Indexes the words of `para`: `Jo said no` -> words at 0, 3, 8; one verb (`said`). */
function indexVerbs(text: string, para: Span): VerbIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const verbsBefore = [0];
  const stops: number[] = [];
  for (let i = para.start; i < para.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f) stops.push(i);
  }
  // The runs `[W]+` (W: `WORD_CHARS`), read by hand rather than by a regex match each.
  const end = Math.min(para.end, text.length);
  let pos = nextWordStart(text, para.start, end);
  while (pos < end) {
    const start = pos;
    pos = wordCharsEnd(text, start, end);
    starts.push(start);
    ends.push(pos);
    const verb =
      mayBeVerb(text, start, pos) &&
      SPEECH_VERB_SET.has(lowerCase(text.slice(start, pos)))
        ? 1
        : 0;
    verbsBefore.push((verbsBefore[verbsBefore.length - 1] ?? 0) + verb);
    pos = nextWordStart(text, pos, end);
  }
  return { starts, ends, stops, verbsBefore };
}

/**
 * `VERB_STARTS[n]`: a bit for each letter a speech verb of `n` characters starts with,
 * so that most words (`Jo`, `budget`) are ruled out without being copied and lowered.
 * Null if some verb is not plain lower-case ASCII, when every word is looked up.
 */
const VERB_STARTS: number[] | null = [...SPEECH_VERB_SET].every((v) =>
  /^[a-z][\x20-\x7e]*$/.test(v),
)
  ? [...SPEECH_VERB_SET].reduce<number[]>((starts, v) => {
      starts[v.length] =
        (starts[v.length] ?? 0) | (1 << (v.charCodeAt(0) - 0x61));
      return starts;
    }, [])
  : null;

/**
 * Whether the word `text[start, end)` may be a speech verb, by its length and first
 * letter. A word that does not open with an ASCII letter may still lower to a verb only
 * if it is all ASCII, so it is looked up.
 */
function mayBeVerb(text: string, start: number, end: number): boolean {
  if (VERB_STARTS === null) return true;
  const c = text.charCodeAt(start) | 0x20;
  if (c < 0x61 || c > 0x7a) return true;
  return ((VERB_STARTS[end - start] ?? 0) & (1 << (c - 0x61))) !== 0;
}

/** Whether a `.`, `!` or `?` stands in `text[from, to)`. */
function hasStop(index: VerbIndex, from: number, to: number): boolean {
  const k = firstAbove(index.stops, from - 1);
  return k < index.stops.length && (index.stops[k] ?? to) < to;
}

/** First index `k` with `values[k] > bound` in an ascending array (its length if none). */
function firstAbove(values: readonly number[], bound: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) > bound) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Whether a speech verb is among the words of `text[from, to)`. A word the range cuts
 * (a window of 200 characters can start inside `unsaid`) counts by its part inside the
 * range, as a regex over the slice would read it: `said`.
 */
function hasSpeechVerb(
  text: string,
  index: VerbIndex,
  from: number,
  to: number,
): boolean {
  const first = firstAbove(index.ends, from);
  const last = firstAbove(index.starts, to - 1) - 1;
  if (first > last) return false;
  if (isVerbIn(text, index, first, from, to)) return true;
  if (isVerbIn(text, index, last, from, to)) return true;
  return (index.verbsBefore[last] ?? 0) > (index.verbsBefore[first + 1] ?? 0);
}

/** Whether word `k` of `index`, cut to `text[from, to)`, is a speech verb. */
function isVerbIn(
  text: string,
  index: VerbIndex,
  k: number,
  from: number,
  to: number,
): boolean {
  const start = index.starts[k] ?? 0;
  const end = index.ends[k] ?? 0;
  if (start >= from && end <= to)
    return (index.verbsBefore[k + 1] ?? 0) > (index.verbsBefore[k] ?? 0);
  const word = text.slice(Math.max(start, from), Math.min(end, to));
  return SPEECH_VERB_SET.has(lowerCase(word));
}
