import { createHash } from "node:crypto";
import { extractArticle } from "../extract/index.ts";
import type { Article, ArticleSummary } from "../model/article.ts";

/** Words a minute used for reading time: a common figure for adults reading news. */
const WORDS_PER_MINUTE = 230;

/** Content hash used as the extraction cache key. */
export function hashText(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** Extracts one seed file's text into the article the app shows. */
export function buildArticle(file: string, slug: string, raw: string): Article {
  const extracted = extractArticle(raw);
  return {
    ...extracted,
    slug,
    file,
    readingMinutes: Math.max(
      1,
      Math.round(extracted.wordCount / WORDS_PER_MINUTE),
    ),
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
