import { type BuiltArticle, buildArticle } from "../articles.ts";
import { type SeedSource, rereadText } from "../seed-store/read-entry.ts";
import { asciiJson } from "../module-source.ts";

/**
 * One seed to extract: its file name, slug and decoded text, or where to read the text
 * again (`source`, with its `hash`). Without either (the seed store knew the file
 * unchanged and did not read it), only a stored result can answer.
 */
export interface ExtractJob {
  file: string;
  slug: string;
  text?: string;
  /** `hashText(text)` when the caller has it already (the seed store does). */
  hash?: string;
  /** Where the text is read again by whichever thread extracts it. */
  source?: SeedSource;
}

/** A job that can be extracted: with its text, or where to read it. */
export type TextJob = ExtractJob &
  ({ text: string } | { source: SeedSource; hash: string });

/** Whether a job can be extracted (see {@link TextJob}). */
export function canExtract(job: ExtractJob): job is TextJob {
  return (
    job.text !== undefined ||
    (job.source !== undefined && job.hash !== undefined)
  );
}

/** A job's text, read again if need be; undefined when its file changed since. */
export function jobText(job: TextJob): string | undefined {
  return (
    job.text ??
    (job.source && job.hash ? rereadText(job.source, job.hash) : undefined)
  );
}

/**
 * A result as the extraction cache stores it: JSON in ASCII, every other character
 * escaped (`“` as `\u201c`): the cache reads it back as Latin-1, ten times quicker than
 * decoding UTF-8, which was half the time of loading 10,000 results. Workers send this
 * string rather than the object: a string crosses threads as one copy, and the main
 * thread then parses the JSON it would otherwise have had to write.
 */
export function storedResult(built: BuiltArticle): string {
  return asciiJson(built);
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

/**
 * What an extraction thread starts with: every seed to extract, and a counter shared
 * with the build's thread. Each thread takes the next seed by incrementing the counter,
 * so none waits for another to hand out work.
 */
export interface ExtractInit {
  jobs: readonly TextJob[];
  /** The next job's index, taken with `Atomics.add`. */
  next: Int32Array;
}

let setup: ExtractInit | undefined;

export function init(data: ExtractInit): void {
  setup = data;
}

/**
 * Takes seeds off the shared counter and extracts them, at most `max`, fewer when none
 * are left: each one's index and its {@link storedResult} string (null for a seed
 * whose file changed since it was hashed).
 */
export function handle(max: number): [index: number, json: string | null][] {
  if (!setup) throw new Error("Extraction thread used before init");
  const { jobs, next } = setup;
  const done: [number, string | null][] = [];
  while (done.length < max) {
    const index = Atomics.add(next, 0, 1);
    const job = jobs[index];
    if (!job) break;
    const text = jobText(job);
    // A file changed since it was hashed: no result (the seed store reads again).
    done.push([
      index,
      text === undefined
        ? null
        : storedResult(buildArticle(job.file, job.slug, text)),
    ]);
  }
  return done;
}
