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
import { CSV_START, csvLine } from "./csv.ts";
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
        articleTitle(article),
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
   * article does. An archive row is the row of its article's own file: `written` gives
   * that file's bytes as the build wrote or kept it (or undefined), so that its rows are
   * copied rather than made again from the article's quotes.
   */
  *archive(
    fingerprints?: readonly string[],
    written: (exportPath: string) => Uint8Array | undefined = () => undefined,
  ): Generator<{
    path: string;
    version: string | undefined;
    pieces: () => Generator<string | Uint8Array>;
  }> {
    const version = fingerprints && [this.base, ...fingerprints].join("\n");
    for (const format of EXPORT_FORMATS)
      yield {
        path: archiveExportPath(format),
        version,
        pieces: () => this.archivePieces(format, written),
      };
  }

  /** One archive file, article by article: {@link exportFile} in pieces. */
  private *archivePieces(
    format: ExportFormat,
    written: (exportPath: string) => Uint8Array | undefined,
  ): Generator<string | Uint8Array> {
    yield exportHead(format, ARCHIVE_TITLE);
    let first = true;
    for (const article of this.articles) {
      const file = written(articleExportPath(article.slug, format));
      const rows =
        (file && exportRowsOf(format, articleTitle(article), file)) ??
        exportRows(format, this.articleQuotes(article));
      if (rows.length === 0) continue;
      if (format === "json") yield first ? "\n" : ",\n";
      yield rows;
      first = false;
    }
    if (format === "json") yield first ? "]}\n" : "\n]}\n";
  }

  /** The file at an export path, for the dev server; undefined when there is none. */
  file(exportPath: string): string | undefined {
    for (const archive of this.archive())
      if (archive.path === exportPath) return joinPieces(archive.pieces());
    for (const [relative, , contents] of this.sources())
      if (relative === exportPath) return contents();
    return undefined;
  }
}

/** The title of the archive's JSON. */
const ARCHIVE_TITLE = "Every quote";

/** The title of an article's JSON. */
function articleTitle(article: Article): string {
  return `Quotes in ${article.title}`;
}

/** An export's file in one format. */
function render(
  format: ExportFormat,
  title: string,
  quotes: readonly ExportedQuote[],
): string {
  return exportFile(format, title, exportRows(format, quotes));
}

/**
 * An export's rows as text: the CSV's lines, or the JSON's quotes one a line, joined by
 * `,\n` (no line end after the last); `""` for none.
 */
function exportRows(
  format: ExportFormat,
  quotes: readonly ExportedQuote[],
): string {
  return format === "csv"
    ? quotes
        .map((quote) => csvLine(EXPORT_COLUMNS.map((column) => quote[column])))
        .join("")
    : quotes.map((quote) => JSON.stringify(quote)).join(",\n");
}

/** What an export's file holds before its rows: the CSV's header, the JSON's title. */
function exportHead(format: ExportFormat, title: string): string {
  return format === "csv"
    ? CSV_START + csvLine(EXPORT_COLUMNS)
    : `{"title":${JSON.stringify(title)},"quotes":[`;
}

/** An export's file around its rows ({@link exportRows}). */
function exportFile(format: ExportFormat, title: string, rows: string): string {
  const head = exportHead(format, title);
  if (format === "csv") return head + rows;
  return `${head}${rows === "" ? "" : `\n${rows}\n`}]}\n`;
}

/**
 * The rows ({@link exportRows}) of an export's file ({@link exportFile}) with this
 * title, as bytes; undefined when the file is not one.
 */
function exportRowsOf(
  format: ExportFormat,
  title: string,
  file: Uint8Array,
): Uint8Array | undefined {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const head = Buffer.from(exportHead(format, title));
  if (!bytes.subarray(0, head.length).equals(head)) return undefined;
  const rest = bytes.subarray(head.length);
  if (format === "csv") return rest;
  if (rest.equals(JSON_EMPTY_END)) return rest.subarray(0, 0);
  return rest.length > JSON_END.length &&
    rest[0] === LINE_END &&
    rest.subarray(rest.length - JSON_END.length).equals(JSON_END)
    ? rest.subarray(1, rest.length - JSON_END.length)
    : undefined;
}

/** How a JSON export ends: after its last row, or when it has none. */
const JSON_END = Buffer.from("\n]}\n");
const JSON_EMPTY_END = Buffer.from("]}\n");
const LINE_END = 0x0a;

/** A file made in pieces ({@link QuoteExports.archive}), whole. */
function joinPieces(pieces: Iterable<string | Uint8Array>): string {
  const decoder = new TextDecoder();
  let text = "";
  // A piece of bytes is whole rows: decoded on its own.
  for (const piece of pieces)
    text += typeof piece === "string" ? piece : decoder.decode(piece);
  return text;
}

/** The CSV: a header of {@link EXPORT_COLUMNS}, a row per quote. */
export function exportCsv(quotes: readonly ExportedQuote[]): string {
  return render("csv", "", quotes);
}

/**
 * The JSON, one quote a line: readable, and a changed quote is a one-line diff.
 * `{"title":"Every quote","quotes":[\n{"speaker":…},\n{…}\n]}`.
 */
export function exportJson(value: QuoteExport): string {
  return render("json", value.title, value.quotes);
}
