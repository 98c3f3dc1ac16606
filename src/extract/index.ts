import type { ExtractedArticle } from "../model/article.ts";

/**
 * Turns an article's text into structured data: blocks, quotes, speakers, people.
 * Pure: no DOM, no fs, no Vite. Placeholder until the staged pipeline lands.
 */
export function extractArticle(raw: string): ExtractedArticle {
  const text = raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const title = text.split("\n")[0]?.trim() ?? "";
  return {
    text,
    title,
    standfirst: null,
    byline: null,
    paragraphs: [],
    relatedLinks: [],
    quotes: [],
    people: [],
    speakers: [],
    wordCount: 0,
  };
}
