import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildArticle } from "./articles.ts";
import { readSeeds } from "./seed-store/read-seeds.ts";
import { assignSlugs } from "./slugs.ts";

/**
 * `npm run --silent extract -- FILE_OR_FOLDER...`: prints a JSON array with one object per
 * article, the shape the corpus scorer reads. Files are read exactly as the build reads a
 * seeds folder (encodings, the title fallback, the same reasons to skip a file); a skipped
 * file is named on stderr with its reason and the rest go on. Exit 2 with usage when no
 * path is given; exit 1 when a path does not exist.
 */

const USAGE = `usage: npm run --silent extract -- FILE_OR_FOLDER...

Prints, as JSON, the article the site would build from each seed file: a folder's
entries as a seeds folder, or single files. Skipped files are named on stderr with
the reason, as the build names them.
`;

/** The JSON object printed for one article. */
export function extractedJson(
  file: string,
  article: ReturnType<typeof buildArticle>["article"],
): object {
  return {
    file,
    title: article.title,
    standfirst: article.standfirst,
    byline: article.byline,
    date: article.date,
    updated: article.updated,
    quotes: article.quotes.map((q) => ({
      text: q.text,
      speaker: q.speaker,
      start: q.start,
      end: q.end,
      cue: q.cue,
      method: q.method,
      confidence: q.confidence,
      doubt: q.doubt,
      kind: q.kind,
    })),
    people: article.people.map((p) => ({
      name: p.name,
      role: p.role,
      mentions: p.mentions,
    })),
  };
}

function main(args: string[]): number {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const missing = args.filter((p) => {
    try {
      statSync(p);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length > 0) {
    for (const p of missing)
      process.stderr.write(
        `extract: no such file or directory: ${resolve(p)}\n`,
      );
    return 1;
  }
  const printed: object[] = [];
  let read = 0;
  let skipped = 0;
  for (const target of args) {
    const folder = statSync(target).isDirectory();
    const readings = readSeeds(target);
    const slugs = assignSlugs(readings.map((reading) => reading.file));
    for (const reading of readings) {
      read++;
      const shown = folder ? join(target, reading.file) : target;
      if ("skip" in reading) {
        skipped++;
        process.stderr.write(
          `extract: ${JSON.stringify(shown)} skipped: ${reading.skip}\n`,
        );
        continue;
      }
      const { article } = buildArticle(
        reading.file,
        slugs.get(reading.file) ?? reading.file,
        reading.text,
      );
      printed.push(extractedJson(shown, article));
    }
  }
  process.stdout.write(JSON.stringify(printed, null, 1) + "\n");
  process.stderr.write(
    `extract: ${read} file${read === 1 ? "" : "s"} read, ${printed.length} article${printed.length === 1 ? "" : "s"}, ${skipped} skipped.\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
