import { type BuiltArticle, buildArticle } from "../articles.ts";

/**
 * One seed to extract: its file name, slug and decoded text. Without the text (the seed
 * store knew the file unchanged and did not read it), only a stored result can answer.
 */
export interface ExtractJob {
  file: string;
  slug: string;
  text?: string;
  /** `hashText(text)` when the caller has it already (the seed store does). */
  hash?: string;
}

/** A job with its text: one that can be extracted. */
export type TextJob = ExtractJob & { text: string };

/**
 * A result as the extraction cache stores it: JSON in ASCII, every other character
 * escaped (`“` as `\u201c`): the cache reads it back as Latin-1, ten times quicker than
 * decoding UTF-8, which was half the time of loading 10,000 results. Workers send this
 * string rather than the object: a string crosses threads as one copy, and the main
 * thread then parses the JSON it would otherwise have had to write.
 */
export function storedResult(built: BuiltArticle): string {
  return JSON.stringify(built).replace(NOT_ASCII, escapeCharacter);
}

// DEL too: harmless, and it keeps the test a single range.
const NOT_ASCII = /[\u007f-\uffff]/g;

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** A stored result back as the article; `undefined` for anything that is not one (a damaged cache). */
export function parseStoredResult(json: string): BuiltArticle | undefined {
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
  if (typeof article.text !== "string") return undefined;
  return built as BuiltArticle;
}

/** Extracts a batch of seeds in this worker thread: {@link storedResult} strings. */
export function handle(jobs: TextJob[]): string[] {
  return jobs.map((job) =>
    storedResult(buildArticle(job.file, job.slug, job.text)),
  );
}
