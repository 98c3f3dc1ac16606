import type { Article } from "../../src/model/article.ts";

/** An article with a slug, file, date and title and nothing else: for lists and feeds. */
export function bareArticle(
  slug: string,
  file: string,
  date: string | null,
  title: string,
): Article {
  return {
    slug,
    file,
    text: title,
    title,
    standfirst: null,
    byline: null,
    date,
    updated: null,
    paragraphs: [],
    relatedLinks: [],
    quotes: [],
    people: [],
    speakers: [],
    wordCount: 1,
    readingMinutes: 1,
  };
}
