import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractArticle } from "../extract/index.ts";

/**
 * `npm run --silent extract -- FILE_OR_DIR...`: prints a JSON array with one object per
 * `.txt` file (directories are walked for `*.txt`, sorted), the shape the corpus scorer reads.
 * Exit 2 with usage when no path is given; exit 1 when a path does not exist.
 */

const USAGE = "usage: npm run --silent extract -- FILE_OR_DIR...\n";

/** Reads an article file. One place to change when other encodings are supported. */
export function readArticleFile(path: string): string {
  return readFileSync(path, "utf8");
}

/** The `.txt` files under `path` (or `path` itself), sorted. */
export function articleFiles(path: string): string[] {
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) out.push(...articleFiles(full));
    else if (entry.name.endsWith(".txt")) out.push(full);
  }
  return out.sort();
}

/** The JSON object printed for one file. */
export function extractFile(file: string): object {
  const a = extractArticle(readArticleFile(file));
  return {
    file,
    title: a.title,
    standfirst: a.standfirst,
    byline: a.byline,
    quotes: a.quotes.map((q) => ({
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
    people: a.people.map((p) => ({
      name: p.name,
      role: p.role,
      mentions: p.mentions,
    })),
  };
}

function main(args: string[]): number {
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
  const files = args.flatMap((p) => articleFiles(p));
  process.stdout.write(JSON.stringify(files.map(extractFile), null, 1) + "\n");
  return 0;
}

process.exitCode = main(process.argv.slice(2));
