import { createHash } from "node:crypto";
import { extractArticle } from "../extract/index.ts";
import type {
  Article,
  ArticleSummary,
  ExtractedArticle,
  Span,
} from "../model/article.ts";

/** Words a minute used for reading time: a common figure for adults reading news. */
const WORDS_PER_MINUTE = 230;

/** Content hash used as the extraction cache key. */
export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** An article and what the build report should say about how it was made. */
export interface BuiltArticle {
  article: Article;
  /** `no title line: title from the first sentence`, `extraction failed: …`. */
  notes: string[];
}

/** Longer than this, a first line is a paragraph, not a headline. */
const MAX_TITLE_LENGTH = 200;
/** A sentence ends: `. `, `?” `, `!) ` followed by more text. */
const SENTENCE_END = /[.!?…]["'”’)\]]*\s+(?=\S)/u;
/** A line that ends like a sentence: `…said.`, `…said.”`; headlines rarely do. */
const ENDS_SENTENCE = /[.!?…]["'”’)\]]*$/u;

/** The first non-empty line, trimmed. */
function firstLine(text: string): string {
  const match = /[^\r\n\u2028\u2029]*\S[^\r\n\u2028\u2029]*/u.exec(text);
  return match ? match[0].trim() : "";
}

/**
 * Whether the text's first line reads as a paragraph rather than a headline: too long
 * for one, or several sentences ending in a full stop. `"Title\n\nBody."` and
 * `"Why now? Experts weigh in"` have a title line; a file that is one long paragraph
 * has none.
 */
export function lacksTitleLine(text: string): boolean {
  const line = firstLine(text);
  return (
    line.length > MAX_TITLE_LENGTH ||
    (SENTENCE_END.test(line) && ENDS_SENTENCE.test(line))
  );
}

/**
 * A title for a text without a title line: its first sentence if that is short enough,
 * else the file name. `"It rained. Then…"` -> `It rained`.
 */
export function fallbackTitle(file: string, text: string): string {
  const line = firstLine(text);
  const end = SENTENCE_END.exec(line);
  const sentence = (end ? line.slice(0, end.index + 1) : line)
    .replace(/[.]$/u, "")
    .trim();
  if (sentence.length > 0 && sentence.length <= MAX_TITLE_LENGTH)
    return sentence;
  return file.replace(/\.txt$/iu, "").trim() || file;
}

/**
 * Extracts one seed file's text into the article the app shows. Never throws and never
 * loses the text:
 *
 * - a text without a title line is titled by its first sentence, else its file name;
 *   if the extractor took that first line as the title alone (not also as the first
 *   paragraph), the title is put on top as a line of its own and the text extracted
 *   again, so the whole first paragraph stays in the body;
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
  if (lacksTitleLine(raw)) {
    title = fallbackTitle(file, raw);
    notes.push(
      title === firstLine(raw).slice(0, title.length)
        ? "no title line: title taken from the first sentence"
        : "no title line: title taken from the file name",
    );
    const firstLineAt = extracted.text.search(/\S/u);
    if (extracted.paragraphs[0]?.start !== firstLineAt)
      extracted = extractOrPlain(file, `${title}\n\n${raw}`, notes);
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
  return { article, notes: [...new Set(notes)] };
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
    quoteCount: article.quotes.length,
    speakers: article.speakers.map((speaker) => speaker.name),
    readingMinutes: article.readingMinutes,
  };
}
