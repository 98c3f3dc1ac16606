import { type BuiltArticle, buildArticle } from "../articles.ts";

/** One seed to extract: its file name, slug and decoded text. */
export interface ExtractJob {
  file: string;
  slug: string;
  text: string;
  /** `hashText(text)` when the caller has it already (the seed store does). */
  hash?: string;
}

/**
 * A result as the extraction cache stores it: JSON, without the article's text when it is
 * the seed's text (half the bytes; the cache key holds the text's hash, so the text is
 * known on the way back). Workers send this string rather than the object: a string
 * crosses threads as one copy, and the main thread then parses the JSON it would
 * otherwise have had to write.
 */
export function storedResult(built: BuiltArticle, text: string): string {
  if (built.article.text !== text) return JSON.stringify(built);
  // Spread, not delete: the article keeps its keys' order.
  return JSON.stringify({ ...built, article: { ...built.article, text: 0 } });
}

/**
 * A stored result back as the article, the text put back; `undefined` for anything that
 * is not a stored result (a damaged cache).
 */
export function parseStoredResult(
  json: string,
  text: string,
): BuiltArticle | undefined {
  let built: { article?: { text?: unknown }; notes?: unknown; terms?: unknown };
  try {
    built = JSON.parse(json) as typeof built;
  } catch {
    return undefined;
  }
  const article = built?.article;
  if (typeof article !== "object" || article === null) return undefined;
  if (!Array.isArray(built.notes) || typeof built.terms !== "string")
    return undefined;
  if (article.text === 0) article.text = text;
  else if (typeof article.text !== "string") return undefined;
  return built as BuiltArticle;
}

/** Extracts a batch of seeds in this worker thread: {@link storedResult} strings. */
export function handle(jobs: ExtractJob[]): string[] {
  return jobs.map((job) =>
    storedResult(buildArticle(job.file, job.slug, job.text), job.text),
  );
}
