import { lstatSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { readEntry, tryRealpath } from "./read-entry.ts";
import { seedEntries } from "./seed-entries.ts";

/** A seed file read as the build reads it: its text and notes, or why it was skipped. */
export type SeedReading =
  | { file: string; text: string; notes: string[] }
  | { file: string; skip: string };

/**
 * Reads `target` as a build would: a seeds folder's entries (not its subfolders' files,
 * which the build skips), or one file as an entry of the folder it sits in. Every entry
 * is decoded, checked and skipped with the build's own reasons. For `npm run extract`,
 * so that it gives the same articles as the site.
 */
export function readSeeds(target: string): SeedReading[] {
  const stat = statSync(target);
  const dir = stat.isDirectory() ? target : path.dirname(target);
  const root = tryRealpath(dir) ?? dir;
  const entries = stat.isDirectory()
    ? seedEntries(
        dir,
        readdirSync(dir, { encoding: "buffer", withFileTypes: true }),
      )
    : [
        {
          name: path.basename(target),
          full: target,
          plainFile: lstatSync(target).isFile(),
          legacyName: false,
        },
      ];
  return entries.map((entry) => {
    const outcome = readEntry(entry, root);
    if ("skip" in outcome) return { file: entry.name, skip: outcome.skip };
    return {
      file: entry.name,
      text: outcome.text ?? "",
      notes: outcome.notes,
    };
  });
}
