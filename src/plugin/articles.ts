import { createHash } from "node:crypto";
import { extractTitledArticle } from "../extract/index.ts";
import type { Article, ArticleSummary } from "../model/article.ts";
import { articleTerms } from "../model/search.ts";
import { quoteCount } from "./extraction-cache/stored-article.ts";

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

/**
 * Extracts one seed file's text into the article the app shows, titled by the reader's
 * policy for texts without a title line (`extractTitledArticle`). Never throws and
 * never loses the text: if extraction fails, the article is the text's lines, without
 * quotes, and a note says why.
 */
export function buildArticle(
  file: string,
  slug: string,
  raw: string,
): BuiltArticle {
  const { extracted, notes } = extractTitledArticle(raw, file);
  const article: Article = {
    ...extracted,
    slug,
    file,
    readingMinutes: Math.max(
      1,
      Math.round(extracted.wordCount / WORDS_PER_MINUTE),
    ),
  };
  return { article, notes, terms: articleTerms(article) };
}

/** What the article list needs, and nothing more. */
export function summarize(article: Article): ArticleSummary {
  return {
    slug: article.slug,
    title: article.title,
    standfirst: article.standfirst,
    byline: article.byline,
    date: article.date,
    quoteCount: quoteCount(article),
    speakers: article.speakers.map((speaker) => speaker.name),
    readingMinutes: article.readingMinutes,
  };
}
