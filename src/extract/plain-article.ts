import type { ExtractedArticle, Span } from "../model/article.ts";

/**
 * The text as title and paragraphs, nothing extracted: what an article shows when
 * extraction fails. `"Ferry fares\n\nThey rose."` -> title `Ferry fares`, one
 * paragraph, no quotes or people.
 */
export function plainArticle(file: string, raw: string): ExtractedArticle {
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
