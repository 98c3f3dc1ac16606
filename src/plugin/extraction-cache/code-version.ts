import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { PACK_FORMAT } from "./pack.ts";

const SRC = new URL("../../", import.meta.url);

/**
 * Files, relative to `src/`, whose code decides an article's data module besides the
 * extractor (`extract/`, every file): a change to any of them must empty the cache,
 * because a build keeps a module whose fingerprint (this version, the seed's name, slug
 * and text) did not change without making it again. A file these import at run time
 * belongs here too (a test checks).
 */
export const VERSIONED_FILES: readonly string[] = [
  // buildArticle: a seed's text -> the article, its notes and its search terms.
  "plugin/articles.ts",
  "model/article.ts",
  "model/search.ts",
  "model/data-files.ts",
  // The article -> its data module's source (its kind in data-modules.ts, articleModule).
  "plugin/data-modules.ts",
  "plugin/data-module-kind.ts",
  "plugin/module-source.ts",
  // The list pages, versioned by their articles' fingerprints; and their months.
  "plugin/site-data.ts",
  "model/periods.ts",
  "model/dates.ts",
  // An article's module is cut from its stored result; the list counts its quotes.
  "plugin/extraction-cache/stored-article.ts",
  "plugin/lazy-field.ts",
  // Speakers' profiles and their slugs, fingerprinted by their articles'.
  "plugin/speakers.ts",
  "plugin/slugs.ts",
  // An appearance's quotes, picked from its article's.
  "plugin/stored-appearance.ts",
  // The order speakers are ranked in, imported by speakers.ts and site-data.ts.
  "model/speaker.ts",
];

/** Folders, relative to `src/`, whose every file is versioned: the extractor. */
export const VERSIONED_FOLDERS: readonly string[] = ["extract/"];

/**
 * Hash of the code whose output is cached ({@link VERSIONED_FILES}, the extractor) and
 * of the cache's format, so changing the extractor empties the cache instead of serving
 * stale results: `3f2b05cb9a1d4e77`.
 */
export async function codeVersion(): Promise<string> {
  const hash = createHash("sha256").update(PACK_FORMAT);
  const files: string[] = [];
  const walk = async (dir: URL): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const url = new URL(entry.name + (entry.isDirectory() ? "/" : ""), dir);
      if (entry.isDirectory()) await walk(url);
      else files.push(url.pathname);
    }
  };
  for (const folder of VERSIONED_FOLDERS) await walk(new URL(folder, SRC));
  for (const file of VERSIONED_FILES) files.push(new URL(file, SRC).pathname);
  // Paths relative to src/: the same code in another folder (a fresh clone) is the same version.
  const base = new URL(".", SRC).pathname;
  for (const file of files.sort())
    hash.update(path.relative(base, file)).update(await readFile(file));
  return hash.digest("hex").slice(0, 16);
}
