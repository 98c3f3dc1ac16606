import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  contentHash,
  listFilesBeside,
  removeEmptyFolders,
} from "./output-files.ts";
import {
  MANIFEST_VERSION,
  type Manifest,
  OWNED_FILE,
} from "./output-manifest.ts";

/* What the build's output folder holds when a build starts (see site-output.ts), and
 * emptying it for the build without deleting anybody else's files. */

/**
 * The first line of {@link OWNED_FILE} while a build writes the folder: if that build
 * fails, everything it left there is still the next build's own.
 */
const UNFINISHED = "# a build is writing this folder";

/** How many of the files a build did not write an error names before "and N more". */
const FOREIGN_SHOWN = 5;

/** The output folder as a build finds it. */
export interface OutputFolder {
  /** Where this folder's manifest is kept, in the cache folder. */
  manifestFile: string;
  /** The build report, whose presence says the folder holds a whole build. */
  reportFile: string;
  /** The last build's manifest, if the folder still holds that build. */
  previous: Manifest | undefined;
  /** Every file in the folder, relative, `/`-separated. */
  present: Set<string>;
  /** The files an earlier build recorded in {@link OWNED_FILE} as its own. */
  owned: ReadonlySet<string>;
}

/**
 * Reads what the last build left in `dir`: its manifest (from `cacheDir`) if the folder
 * still holds that build (its report), the files there, listed on a thread of its own
 * when `threads` allows, and which of them builds wrote.
 */
export async function readOutputFolder(
  dir: string,
  cacheDir: string,
  reportName: string,
  threads: number,
): Promise<OutputFolder> {
  const key = createHash("sha256")
    .update(path.resolve(dir))
    .digest("hex")
    .slice(0, 16);
  const manifestFile = path.join(cacheDir, "output", `${key}.json`);
  const reportFile = path.join(dir, reportName);
  const listing = listFilesBeside(dir, threads);
  listing.catch(() => undefined);
  const ownedList = readFile(path.join(dir, OWNED_FILE), "utf8").catch(
    () => null,
  );
  const report = readFile(reportFile, "utf8").catch(() => null);
  let previous: Manifest | undefined;
  try {
    const [manifest, reported] = await Promise.all([
      readFile(manifestFile, "utf8"),
      report,
    ]);
    const parsed = JSON.parse(manifest) as Manifest;
    if (
      reported !== null &&
      parsed.version === MANIFEST_VERSION &&
      parsed.report === contentHash(reported)
    )
      previous = parsed;
  } catch {
    // No manifest, no report, or a damaged manifest: write everything.
  }
  const present = await listing;
  const listed = await ownedList;
  // A folder written before builds listed their files (with its report), or left by a
  // build that did not finish: all of it the build's own.
  const owned =
    listed !== null && !listed.startsWith(UNFINISHED)
      ? new Set(listed.split("\n").filter((line) => line !== ""))
      : listed !== null || (await report) !== null
        ? present
        : new Set<string>();
  // A file deleted by hand since (a page, a folder of them) is written again.
  if (previous)
    for (const relative of Object.keys(previous.files))
      if (!present.has(relative)) delete previous.files[relative];
  return { manifestFile, reportFile, previous, present, owned };
}

/**
 * Empties `dir` for a build but for the files in `keep`: every file an earlier build
 * listed as its own goes, wherever that build's cache was. A file no build wrote is
 * somebody else's: with any such file the build stops before deleting anything, naming
 * them, unless `clean` (`vite build --emptyOutDir`) says to delete them too. Marks the
 * folder as being written ({@link UNFINISHED}).
 */
export function emptyOutputFolder(
  dir: string,
  present: ReadonlySet<string>,
  owned: ReadonlySet<string>,
  keep: ReadonlySet<string>,
  clean: boolean,
): void {
  const remove = [...present].filter((relative) => !keep.has(relative));
  const foreign = clean
    ? []
    : remove.filter((relative) => !owned.has(relative));
  if (foreign.length > 0) {
    const shown = foreign.sort().slice(0, FOREIGN_SHOWN).join(", ");
    const more =
      foreign.length > FOREIGN_SHOWN
        ? ` and ${foreign.length - FOREIGN_SHOWN} more`
        : "";
    throw new Error(
      `The output folder ${dir} holds ${foreign.length === 1 ? "a file" : `${foreign.length} files`} no build of this site wrote (${shown}${more}). Move ${foreign.length === 1 ? "it" : "them"} elsewhere, or build with \`npm run build -- --emptyOutDir\` to delete everything the build does not write.`,
    );
  }
  for (const relative of remove)
    rmSync(path.join(dir, relative), { force: true });
  removeEmptyFolders(dir, remove);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, OWNED_FILE), `${UNFINISHED}\n`);
}
