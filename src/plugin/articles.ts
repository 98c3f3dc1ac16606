import { createHash } from "node:crypto";
import { extractArticle } from "../extract/index.ts";
import { sentenceEnd } from "../extract/sentences.ts";
import type {
  Article,
  ArticleSummary,
  ExtractedArticle,
  Span,
} from "../model/article.ts";
import { articleTerms } from "../model/search.ts";

/** Words a minute used for reading time: a common figure for adults reading news. */
const WORDS_PER_MINUTE = 230;

/** Content hash used as the extraction cache key. */
export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** An article and what the build report should say about how it was made. */
export interface BuiltArticle {
  article: Article;
  /** `no title line: title taken from the file name`, `extraction failed (…)`. */
  notes: string[];
  /** Its searchable words and their counts, for the search index (`articleTerms`). */
  terms: string;
}

/** A first line up to this long is a fine title, whatever it looks like. */
const MAX_HEADLINE_LENGTH = 150;
/** Longest first sentence taken as a title; longer, the file name is. */
const MAX_TITLE_LENGTH = 200;

/** Quotation marks and brackets that may close a sentence after its full stop. */
const CLOSERS = `"'”’)]`;

/**
 * A title from a first line that is story text: its first sentence if that is short
 * enough (`Mr.`, `U.S.` do not end it), else the file name.
 * `"It rained all day. Then it stopped."` -> `It rained all day`.
 */
export function fallbackTitle(file: string, line: string): string {
  const text = line.trim();
  let end = sentenceEnd(text, 0, Math.min(text.length, MAX_TITLE_LENGTH + 1));
  // Closing marks after the stop belong to the sentence: `…said “no mas.”`.
  while (end < text.length && CLOSERS.includes(text.charAt(end))) end += 1;
  const sentence = text.slice(0, end).replace(/\.$/u, "").trim();
  if (sentence.length > 0 && sentence.length <= MAX_TITLE_LENGTH)
    return sentence;
  return file.replace(/\.txt$/iu, "").trim() || file;
}

/**
 * Extracts one seed file's text into the article the app shows. Never throws and never
 * loses the text:
 *
 * - a text without a title line (its first line is too long for a headline) is
 *   titled by its first sentence, else its file name; if the extractor
 *   took that line for the title alone (not also as the first paragraph), the title is
 *   put on top as a line of its own and the text extracted again, so the whole line
 *   stays in the body;
 * - if extraction fails, the article is the text's lines, without quotes, and a note
 *   says why.
 */
export function buildArticle(
  file: string,
  slug: string,
  raw: string,
): BuiltArticle {
  const notes: string[] = [];
  let extracted = extractOrPlain(file, raw, notes);
  let title = extracted.title;
  // The extractor keeps a first line that is story text as the first paragraph too.
  const firstLineAt = extracted.text.search(/\S/u);
  const story = extracted.paragraphs[0]?.start === firstLineAt;
  const line = title;
  const sentence = fallbackTitle(file, line);
  // A headline-length line is its own title, even as two sentences or story text
  // (`Game over. Will Sanders come down off the pique?`).
  if (line.length > MAX_HEADLINE_LENGTH && !isWholeLine(sentence, line)) {
    title = sentence;
    notes.push(
      line.startsWith(title)
        ? "no title line: title taken from the first sentence"
        : "no title line: title taken from the file name",
    );
    if (!story) extracted = extractOrPlain(file, `${title}\n\n${raw}`, notes);
  }
  const article: Article = {
    ...extracted,
    title: title || fallbackTitle(file, extracted.text),
    slug,
    file,
    readingMinutes: Math.max(
      1,
      Math.round(extracted.wordCount / WORDS_PER_MINUTE),
    ),
  };
  return { article, notes: [...new Set(notes)], terms: articleTerms(article) };
}

/** Whether `sentence` is all of `line` but a final full stop. */
function isWholeLine(sentence: string, line: string): boolean {
  return sentence === line || `${sentence}.` === line;
}

/** Extraction, or the text as plain paragraphs with a note when extraction throws. */
function extractOrPlain(
  file: string,
  raw: string,
  notes: string[],
): ExtractedArticle {
  try {
    return extractArticle(raw);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    notes.push(`extraction failed (${reason}): shown without quotes`);
    return plainArticle(file, raw);
  }
}

/** The text as title and paragraphs, nothing extracted: the fallback when extraction fails. */
function plainArticle(file: string, raw: string): ExtractedArticle {
  const text = raw.replace(/^\uFEFF/u, "").replace(/\r\n?/gu, "\n");
  const lines: Span[] = [];
  for (const match of text.matchAll(/[^\n]*\S[^\n]*/gu)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    lines.push({ start, end: start + match[0].trim().length });
  }
  const [title, ...paragraphs] = lines;
  return {
    text,
    title: title ? text.slice(title.start, title.end) : file,
    standfirst: null,
    byline: null,
    date: null,
    updated: null,
    paragraphs,
    relatedLinks: [],
    quotes: [],
    people: [],
    speakers: [],
    wordCount: text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0,
  };
}

/** What the article list needs, and nothing more. */
export function summarize(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    byline: article.byline,
    date: article.date,
    quoteCount: article.quotes.length,
    speakers: article.speakers.map((speaker) => speaker.name),
    readingMinutes: article.readingMinutes,
  };
}
