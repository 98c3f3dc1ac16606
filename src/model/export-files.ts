/**
 * Where the build writes the quote exports, relative to the base path: static CSV and
 * JSON files that spreadsheets, scripts and readers offline can fetch like any other
 * file. Shared by the build (which writes them) and the app (which links to them).
 *
 * - `exports/quotes.csv`, `exports/quotes.json`: every quote of the archive;
 * - `exports/articles/<slug>.csv`: one article's quotes;
 * - `exports/speakers/<slug>.csv`: one speaker's quotes, across articles.
 */

/** The two formats of every export. */
export type ExportFormat = "csv" | "json";

export const EXPORT_FORMATS: readonly ExportFormat[] = ["csv", "json"];

/** Folder of every export. */
export const EXPORTS_DIR = "exports";

/** The whole archive's quotes: `exports/quotes.csv`. */
export function archiveExportPath(format: ExportFormat): string {
  return `${EXPORTS_DIR}/quotes.${format}`;
}

/** One article's quotes: `exports/articles/harbour-plan.json`. Slugs are file-name safe. */
export function articleExportPath(slug: string, format: ExportFormat): string {
  return `${EXPORTS_DIR}/articles/${slug}.${format}`;
}

/** One speaker's quotes: `exports/speakers/dmitry-peskov.csv`. */
export function speakerExportPath(slug: string, format: ExportFormat): string {
  return `${EXPORTS_DIR}/speakers/${slug}.${format}`;
}

/**
 * One exported quote, the same fields in the CSV's columns (in this order) and in each
 * JSON object.
 */
export interface ExportedQuote {
  /** Who said it, or null when the article names nobody. */
  speaker: string | null;
  quote: string;
  article: string;
  /** The article's date (`Article.date`: `2023-10-12`, ISO 8601), or null when undated. */
  date: string | null;
  /** The quote's place in the article, from the site's root: `/news/articles/harbour-plan/#q-3`. */
  permalink: string;
  /** `said`, `told reporters`…, or null. */
  cue: string | null;
  /** `high`, or `low` when the speaker is uncertain. */
  confidence: "high" | "low";
}

/** The CSV's header, the fields of {@link ExportedQuote} in order. */
export const EXPORT_COLUMNS: readonly (keyof ExportedQuote)[] = [
  "speaker",
  "quote",
  "article",
  "date",
  "permalink",
  "cue",
  "confidence",
];

/** A JSON export: what it holds, and its quotes in article order. */
export interface QuoteExport {
  /** `Quotes by Dmitry Peskov`, `Quotes in Harbour plan`, `Every quote`. */
  title: string;
  quotes: readonly ExportedQuote[];
}
