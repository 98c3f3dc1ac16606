import path from "node:path";
import { plural } from "../model/format.ts";
import type {
  ReadFile,
  SeedScan,
  SkippedFile,
} from "./seed-store/seed-scan.ts";

/** `dist/build-report.json`: what the build made of every entry of the seeds folder. */
export interface BuildReport {
  /**
   * The seeds folder: relative to the project when inside it, else only its name. The
   * report is published with the site, so it never holds the build machine's paths.
   */
  seedsDir: string;
  /** Entries of the seeds folder looked at; `articlesBuilt + skipped.length`. */
  filesRead: number;
  articlesBuilt: number;
  /** Each article's file, slug, encoding and notes (`decoded as Windows-1252`). */
  articles: ReadFile[];
  /** Each file that is not an article, and why. */
  skipped: SkippedFile[];
  /**
   * Articles whose header gives no date (`Published: 12 Oct 2023`), by file: shown as
   * undated and listed last, never given the file's time.
   */
  undated: string[];
}

/** File name of the report in the output folder. */
export const REPORT_FILE = "build-report.json";

/** The report for one scan; `root` is the project folder the seeds path is shown from. */
export function buildReport(scan: SeedScan, root: string): BuildReport {
  const relative = path.relative(root, scan.dir);
  const inside =
    relative !== ".." &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative);
  return {
    seedsDir: inside ? relative || "." : path.basename(scan.dir),
    filesRead: scan.entries,
    articlesBuilt: scan.articles.length,
    articles: scan.read,
    skipped: scan.skipped,
    undated: scan.articles
      .filter((article) => article.date === null)
      .map((article) => article.file),
  };
}

/** Undated articles named in the build's summary; the report lists them all. */
const UNDATED_NAMED = 5;

/**
 * A file name safe to print: quoted, with control characters escaped, so a name holding
 * a terminal escape sequence (`\x1b[2J`) or a newline cannot rewrite the build log.
 */
export function quoteName(file: string): string {
  return JSON.stringify(file);
}

/** One warning line per skipped file: `"photo.txt" skipped: is not text: a PNG image`. */
export function skippedLines(skipped: readonly SkippedFile[]): string[] {
  return skipped.map(
    ({ file, reason }) => `${quoteName(file)} skipped: ${reason}`,
  );
}

/** Notes worth a reader's attention: `"old.txt": decoded as Windows-1252`. */
export function noteLines(read: readonly ReadFile[]): string[] {
  return read.flatMap(({ file, notes }) =>
    notes.map((note) => `${quoteName(file)}: ${note}`),
  );
}

/** The summary the build prints: counts first, then one line per skipped file. */
export function formatSummary(report: BuildReport): string {
  const { filesRead, articlesBuilt, skipped } = report;
  const head =
    `Seeds folder ${report.seedsDir}: ${filesRead} file${filesRead === 1 ? "" : "s"} read, ` +
    `${articlesBuilt} article${articlesBuilt === 1 ? "" : "s"} built, ` +
    `${skipped.length} skipped.`;
  return [
    head,
    ...skippedLines(skipped).map((line) => `  ${line}`),
    ...noteLines(report.articles).map((line) => `  ${line}`),
    ...undatedLines(report.undated).map((line) => `  ${line}`),
  ].join("\n");
}

/**
 * `3 articles have no date line, shown as undated: "a.txt", "b.txt", "c.txt"`, the
 * first few named and the rest counted; nothing when every article is dated.
 */
function undatedLines(undated: readonly string[]): string[] {
  if (undated.length === 0) return [];
  const named = undated.slice(0, UNDATED_NAMED).map(quoteName).join(", ");
  const more = undated.length - UNDATED_NAMED;
  return [
    `${plural(undated.length, "article has", "articles have")} no date line, shown as undated: ${named}${more > 0 ? ` and ${more} more (${REPORT_FILE} lists them)` : ""}`,
  ];
}

/** Skipped files and failed extractions of a scan: what a writer has to act on. */
export function warningsOf(scan: SeedScan): string[] {
  return [
    ...skippedLines(scan.skipped),
    ...noteLines(scan.read).filter((line) =>
      line.includes("extraction failed"),
    ),
  ];
}
