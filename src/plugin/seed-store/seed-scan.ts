import type { Article } from "../../model/article.ts";
import type { BuiltArticle } from "../articles.ts";
import type { SeedEncoding } from "../decode.ts";
import type { SeedText } from "./read-entry.ts";

/** A seed file that did not become an article, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** A seed file that became an article, and anything worth knowing about how. */
export interface ReadFile {
  file: string;
  slug: string;
  encoding: SeedEncoding;
  /** `decoded as Windows-1252`, `no title line: title taken from the first sentence`. */
  notes: string[];
}

/** What a seed store read of its folder. */
export interface SeedScan {
  /** Absolute path of the seeds folder. */
  dir: string;
  /** Every entry of the folder: each is one article or one skipped file. */
  entries: number;
  articles: Article[];
  /** Each article's search terms (`articleTerms`), in the same order. */
  terms: string[];
  /**
   * With a code version given: for each article, a string that is the same exactly
   * when its data module is (the code's version, file name, slug, text's hash).
   */
  fingerprints: string[] | undefined;
  /** One per article, in the same order. */
  read: ReadFile[];
  skipped: SkippedFile[];
}

/** A seed file that is an article: its name, slug, text as read, and results' key. */
export interface ArticleSeed {
  file: string;
  slug: string;
  text: SeedText;
  /** `harbour-plan\0Harbour Plan.txt\0<hash of the text>`: its result is the same whenever this is. */
  key: string;
}

/** The seed `file` with its slug and text, and its key. */
export function articleSeed(
  file: string,
  slug: string,
  text: SeedText,
): ArticleSeed {
  return { file, slug, text, key: `${slug}\0${file}\0${text.hash}` };
}

/** A scan with no articles yet, for {@link placeArticle} to fill. */
export function emptyScan(
  dir: string,
  entries: number,
  skipped: SkippedFile[],
  version: string | undefined,
): SeedScan {
  const fingerprints = version === undefined ? undefined : [];
  return {
    dir,
    entries,
    articles: [],
    terms: [],
    fingerprints,
    read: [],
    skipped,
  };
}

/** A copy of a scan whose article lists {@link placeArticle} may change. */
export function copyScan(scan: SeedScan): SeedScan {
  return {
    ...scan,
    articles: [...scan.articles],
    terms: [...scan.terms],
    read: [...scan.read],
    fingerprints: scan.fingerprints && [...scan.fingerprints],
  };
}

/**
 * Puts a seed's article at `position` of the scan's lists (its article, terms, how it
 * was read and its fingerprint under the code's `version`).
 */
export function placeArticle(
  scan: SeedScan,
  position: number,
  seed: ArticleSeed,
  result: BuiltArticle,
  version: string | undefined,
): void {
  const { file, slug, text, key } = seed;
  scan.articles[position] = result.article;
  scan.terms[position] = result.terms;
  scan.read[position] = {
    file,
    slug,
    encoding: text.encoding,
    notes: [...text.notes, ...result.notes],
  };
  if (scan.fingerprints) scan.fingerprints[position] = `${version}\0${key}`;
}
