import type { Article } from "../model/article.ts";
import {
  EXPORT_COLUMNS,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportedQuote,
  type QuoteExport,
  archiveExportPath,
  articleExportPath,
  speakerExportPath,
} from "../model/export-files.ts";
import { paths } from "../model/paths.ts";
import type { SpeakerProfile } from "../model/speaker.ts";
import { CSV_START, csvLine, toCsv } from "./csv.ts";
import type { VersionedSource } from "./output-manifest.ts";

/**
 * One export's files, a format each, its rows made once for all of them and only when a
 * file is made (an article's or a speaker's quotes are read back from disk).
 */
function* inEveryFormat(
  pathOf: (format: ExportFormat) => string,
  version: string | undefined,
  title: string,
  rows: () => ExportedQuote[],
): Generator<VersionedSource> {
  let made: ExportedQuote[] | undefined;
  for (const format of EXPORT_FORMATS)
    yield [
      pathOf(format),
      version,
      () => render(format, title, (made ??= rows())),
    ];
}

/**
 * The quote exports of one scan (see src/model/export-files.ts): each article's, each
 * speaker's and the whole archive's quotes, as CSV and as JSON. Permalinks start at the
 * site's root, base path included (`/news/articles/harbour-plan/#q-3` under `/news/`):
 * the build does not know which host will serve the site.
 */
export class QuoteExports {
  private readonly articles: readonly Article[];
  private readonly profiles: readonly SpeakerProfile[];
  /** The base path without its trailing slash: `""` or `/news`. */
  private readonly base: string;

  constructor(
    articles: readonly Article[],
    profiles: readonly SpeakerProfile[],
    base: string,
  ) {
    this.articles = articles;
    this.profiles = profiles;
    this.base = base.replace(/\/$/, "");
  }

  private permalink(slug: string, quoteId: string): string {
    return `${this.base}${paths.quote(slug, quoteId)}`;
  }

  /** Every quote of an article, in text order, those with no speaker too. */
  private articleQuotes(article: Article): ExportedQuote[] {
    // The article's part of the permalinks, made once: the archive makes 180,000.
    const page = this.permalink(article.slug, "");
    return article.quotes.map((quote) => ({
      speaker: quote.speaker,
      quote: quote.text,
      article: article.title,
      date: article.date,
      permalink: page + quote.id,
      cue: quote.cue,
      confidence: quote.confidence,
    }));
  }

  /** A speaker's quotes, article by article as their page lists them. */
  private speakerQuotes(profile: SpeakerProfile): ExportedQuote[] {
    return profile.appearances.flatMap((appearance) =>
      appearance.quotes.map((quote) => ({
        speaker: profile.name,
        quote: quote.text,
        article: appearance.title,
        date: appearance.date,
        permalink: this.permalink(appearance.slug, quote.id),
        cue: quote.cue,
        confidence: quote.uncertain ? ("low" as const) : ("high" as const),
      })),
    );
  }

  /**
   * Every export file, each with a version when the articles have fingerprints (in
   * the scan's order, see `SeedScan`): an article's file is made only when its
   * fingerprint or the base path changed, a speaker's when one of their articles did.
   * The archive's files: {@link archive}.
   */
  *sources(fingerprints?: readonly string[]): Generator<VersionedSource> {
    const fingerprintOf = new Map<string, string>();
    this.articles.forEach((article, position) => {
      const fingerprint = fingerprints?.[position];
      if (fingerprint !== undefined)
        fingerprintOf.set(article.slug, fingerprint);
    });
    for (const [position, article] of this.articles.entries()) {
      const fingerprint = fingerprints?.[position];
      const version =
        fingerprint === undefined ? undefined : `${this.base}\n${fingerprint}`;
      yield* inEveryFormat(
        (format) => articleExportPath(article.slug, format),
        version,
        `Quotes in ${article.title}`,
        () => this.articleQuotes(article),
      );
    }
    for (const profile of this.profiles) {
      const articles = profile.appearances.map((appearance) =>
        fingerprintOf.get(appearance.slug),
      );
      const version = articles.every((fingerprint) => fingerprint !== undefined)
        ? [this.base, profile.slug, profile.name, ...articles].join("\n")
        : undefined;
      yield* inEveryFormat(
        (format) => speakerExportPath(profile.slug, format),
        version,
        `Quotes by ${profile.name}`,
        () => this.speakerQuotes(profile),
      );
    }
  }

  /**
   * The archive's files (every quote, in the articles' order), made in pieces: at
   * 10,000 articles each is 50 MB, too much to hold at once beside the build's other
   * work. Each has a version when the articles have fingerprints: it changes whenever an
   * article does.
   */
  *archive(fingerprints?: readonly string[]): Generator<{
    path: string;
    version: string | undefined;
    pieces: () => Generator<string>;
  }> {
    const version = fingerprints && [this.base, ...fingerprints].join("\n");
    for (const format of EXPORT_FORMATS)
      yield {
        path: archiveExportPath(format),
        version,
        pieces: () => this.archivePieces(format),
      };
  }

  /** One archive file, article by article: {@link exportCsv} or {@link exportJson}'s text. */
  private *archivePieces(format: ExportFormat): Generator<string> {
    if (format === "csv") {
      yield CSV_START + csvLine(EXPORT_COLUMNS);
      for (const article of this.articles)
        for (const quote of this.articleQuotes(article))
          yield csvLine(EXPORT_COLUMNS.map((column) => quote[column]));
      return;
    }
    yield `{"title":${JSON.stringify(ARCHIVE_TITLE)},"quotes":[`;
    let first = true;
    for (const article of this.articles)
      for (const quote of this.articleQuotes(article)) {
        yield `${first ? "\n" : ",\n"}${JSON.stringify(quote)}`;
        first = false;
      }
    yield first ? "]}\n" : "\n]}\n";
  }

  /** The file at an export path, for the dev server; undefined when there is none. */
  file(exportPath: string): string | undefined {
    for (const archive of this.archive())
      if (archive.path === exportPath) return [...archive.pieces()].join("");
    for (const [relative, , contents] of this.sources())
      if (relative === exportPath) return contents();
    return undefined;
  }
}

/** The title of the archive's JSON. */
const ARCHIVE_TITLE = "Every quote";

/** An export's file in one format. */
function render(
  format: ExportFormat,
  title: string,
  quotes: readonly ExportedQuote[],
): string {
  return format === "csv" ? exportCsv(quotes) : exportJson({ title, quotes });
}

/** The CSV: a header of {@link EXPORT_COLUMNS}, a row per quote. */
export function exportCsv(quotes: readonly ExportedQuote[]): string {
  return toCsv(
    EXPORT_COLUMNS,
    quotes.map((quote) => EXPORT_COLUMNS.map((column) => quote[column])),
  );
}

/**
 * The JSON, one quote a line: readable, and a changed quote is a one-line diff.
 * `{"title":"Every quote","quotes":[\n{"speaker":…},\n{…}\n]}`.
 */
export function exportJson(value: QuoteExport): string {
  const quotes = value.quotes.map((quote) => JSON.stringify(quote));
  return `{"title":${JSON.stringify(value.title)},"quotes":[${quotes.length > 0 ? `\n${quotes.join(",\n")}\n` : ""}]}\n`;
}
