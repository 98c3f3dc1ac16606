import type { Article } from "../../model/article.ts";
import type { BuiltArticle } from "../articles.ts";

const articleJsons = new WeakMap<Article, string>();

/**
 * A newly extracted article's JSON (ASCII: other characters escaped), cut from its
 * stored result: the data module's contents without stringifying the article again, and
 * a string to send to a rendering thread rather than the object (copied as one block
 * instead of node by node). Results loaded from the cache have none: a rebuild renders
 * few pages, and keeping every article's JSON would hold a second copy of the archive.
 */
export function articleJson(article: Article): string | undefined {
  return articleJsons.get(article);
}

/** `storedResult` writes `{"article":{...},"notes":[...],"terms":"..."}`. */
const ARTICLE_START = '{"article":';
const ARTICLE_END = ',"notes":[';

/**
 * Keeps the article's part of its stored result for {@link articleJson}:
 * `{"article":{"text":"Hi"},"notes":[],"terms":"hi 1"}` -> `{"text":"Hi"}`.
 */
export function keepArticleJson(built: BuiltArticle, json: string): void {
  // Inside the article no `"` is unescaped, so `,"notes":[` is where it ends; it is
  // searched for from the end, past the short notes and terms.
  const end = json.lastIndexOf(ARTICLE_END);
  if (json.startsWith(ARTICLE_START) && end > 0)
    articleJsons.set(built.article, json.slice(ARTICLE_START.length, end));
}
