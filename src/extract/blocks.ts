import type { Span } from "../model/article.ts";
import {
  AGENCY_CREDIT,
  BYLINE,
  CREDIT_LINE,
  EMBED_LINE,
  RELATED_LINK,
  TRAILING_CREDIT,
} from "./lexicon/blocks.ts";
import { type DateLine, parseDateLine } from "./dates.ts";

/** What stage 2 makes of the text: which lines are which. */
export interface Blocks {
  title: Span | null;
  standfirst: Span | null;
  /** The byline's names, without `By`: `World Israel News Staff`. */
  byline: Span | null;
  paragraphs: Span[];
  relatedLinks: Span[];
  /** Dates the header gives (`Published: 12 Oct 2023`), in text order. */
  dates: DateLine[];
  /**
   * Captions, credits, embeds, agency lines: kept out of body, quotes and people. May
   * hold the title line too when it is only a credit.
   */
  furniture: Span[];
}

/** Longest line that can still be a byline, a related link or a caption (characters). */
const MAX_FURNITURE_LENGTH = 250;
/** A headline is shorter than this (characters); a longer first line is story text. */
const MAX_HEADLINE_LENGTH = 150;
/** Fewer words than this is a label, not a sentence: `Photos.` */
const MIN_SENTENCE_WORDS = 6;
/** `PORT ELLIS — `, `KESTREL BAY (AP) — `, `LUMEN CITY -- `: a dateline opens the story. */
const DATELINE =
  /^[\p{Lu}][\p{Lu} .,'’-]{1,40}(?:\([^)]{1,20}\))? ?(?:—|–|--|-) /u;

/** Bylines sit among the first few blocks: title, standfirst, byline, maybe a date. */
const BYLINE_WINDOW = 5;
/** Date lines sit among the first few lines too: after the title, standfirst or byline. */
const DATE_WINDOW = 6;
/** A byline names a few people; more words than this is a sentence. */
const MAX_BYLINE_WORDS = 12;

/**
 * Stage 2: splits normalized text into lines and says what each is.
 * The first non-empty line is the title; a `By …` line near the top is the byline and
 * a line between title and byline is the standfirst; `Read …` lines are related links;
 * captions, credits and embeds are furniture; everything else is a body paragraph.
 *
 * `"Title\n\nDek.\n\nBy Jo Roe\n\nBody."` -> title, standfirst `Dek.`, byline `Jo Roe`, 1 paragraph.
 */
export function splitBlocks(text: string): Blocks {
  const result: Blocks = {
    title: null,
    standfirst: null,
    byline: null,
    paragraphs: [],
    relatedLinks: [],
    dates: [],
    furniture: [],
  };
  // Date lines are set aside first, so that `Title / 12 Oct 2023 / By Jo Roe` still
  // has its byline right after the title and no standfirst.
  const lines = trimmedLines(text).filter((line, i) => {
    if (i === 0 || i >= DATE_WINDOW) return true;
    const dates = parseDateLine(text.slice(line.start, line.end));
    if (dates) result.dates.push(...dates);
    return dates === null;
  });
  const bylineIndex = lines.findIndex(
    (line, i) => i > 0 && i < BYLINE_WINDOW && bylineNames(text, line) !== null,
  );
  lines.forEach((line, i) => {
    const content = text.slice(line.start, line.end);
    if (i === 0) {
      result.title = line;
      // `Kofi Mensah, The Canadian Press` as a first line: the title, but no story text.
      if (AGENCY_CREDIT.test(content)) result.furniture.push(line);
      // `PORT ELLIS — Harbour Minister … said.`: the text starts with its story. The
      // line stays the title (the reader needs one) and is the first paragraph too.
      else if (isStoryLine(content)) result.paragraphs.push(line);
    } else if (i === bylineIndex) {
      const names = bylineNames(text, line) as Span;
      const dated = bylineDate(text, names);
      result.byline = dated?.names ?? names;
      if (dated) result.dates.push(...dated.dates);
    } else if (i === 1 && bylineIndex === 2) result.standfirst = line;
    else if (isRelatedLink(content)) result.relatedLinks.push(line);
    else if (isFurniture(content)) result.furniture.push(line);
    else result.paragraphs.push(line);
  });
  return result;
}

/** A line too long for a headline, opening with a dateline, or a sentence-case sentence. */
function isStoryLine(content: string): boolean {
  if (DATELINE.test(content)) return true;
  if (!/[.!?]["”’]?$/.test(content)) return false;
  if (content.length > MAX_HEADLINE_LENGTH) return true;
  // Headlines capitalise most words; a sentence does not.
  const words = content.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= MIN_SENTENCE_WORDS && capitals * 2 < words.length;
}

/** Non-empty lines with surrounding spaces trimmed off, in order. */
function trimmedLines(text: string): Span[] {
  const spans: Span[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    let s = pos;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    pos = end + 1;
  }
  return spans;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

/** The names part of a `By …` line, or null if the line is not a byline. */
function bylineNames(text: string, line: Span): Span | null {
  const content = text.slice(line.start, line.end);
  if (content.length > MAX_FURNITURE_LENGTH) return null;
  const m = BYLINE.exec(content);
  const names = m?.[1];
  if (names === undefined || !/^\p{Lu}/u.test(names)) return null;
  if (names.split(/\s+/).length > MAX_BYLINE_WORDS || /[.!?]["”]?$/.test(names))
    return null;
  const start = line.start + content.length - names.length;
  return { start, end: line.end };
}

/**
 * A byline that ends in its date: `Jo Roe | October 12, 2023`, `Jo Roe, 12 Oct 2023`
 * -> the names `Jo Roe` and the date; null when the byline has no date.
 */
function bylineDate(
  text: string,
  names: Span,
): { names: Span; dates: DateLine[] } | null {
  const content = text.slice(names.start, names.end);
  for (const separator of content.matchAll(/\s*(?:[|·•—–]|,| - )\s*/g)) {
    const dates = parseDateLine(
      content.slice(separator.index + separator[0].length),
    );
    if (dates && separator.index > 0)
      return {
        names: { start: names.start, end: names.start + separator.index },
        dates,
      };
  }
  return null;
}

/** `Read  'We all want…' - US officials…`: a pointer to another article. */
function isRelatedLink(content: string): boolean {
  if (content.length > MAX_FURNITURE_LENGTH) return false;
  const m = RELATED_LINK.exec(content);
  if (!m) return false;
  const rest = content.slice(m[0].length);
  // `Read 'X'`, `READ MORE: X`, `Related: X`: what follows is a headline, not a sentence
  // going on in lower case (`Read on for more`, `More than 30 boats were lost.`).
  const hasSeparator = /[:\-–—|]\s*$/.test(m[0]) || /^\s*['‘"“]/.test(rest);
  const headlineLike = /^\p{Lu}|^['‘"“]/u.test(rest) && !/[.!?]$/.test(rest);
  return (
    rest.length > 0 &&
    (hasSeparator || headlineLike) &&
    !/^more than\b/i.test(content)
  );
}

/** Captions, credits, embeds and agency lines like `THE CANADIAN PRESS`. */
function isFurniture(content: string): boolean {
  if (EMBED_LINE.test(content)) return true;
  if (content.length > MAX_FURNITURE_LENGTH) return false;
  if (
    CREDIT_LINE.test(content) ||
    TRAILING_CREDIT.test(content) ||
    AGENCY_CREDIT.test(content)
  ) {
    return true;
  }
  // A short line in capitals with no sentence in it: `THE CANADIAN PRESS`.
  return (
    !hasLowerCase(content) && !/[.!?]\s/.test(content) && content.length < 60
  );
}

/**
 * `/\p{Ll}/u.test(s)`: an ASCII lower-case letter answers at once (body paragraphs have
 * one within a few characters); the regex is asked only when a character outside
 * ASCII comes first.
 */
function hasLowerCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return LOWER_CASE.test(s);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

const LOWER_CASE = /\p{Ll}/u;
