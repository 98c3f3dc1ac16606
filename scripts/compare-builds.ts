/**
 * Compares two built sites (`dist/` folders) file by file, to show that a change to the
 * build left its output alone:
 *
 *   npx tsx scripts/compare-builds.ts DIR_A DIR_B
 *
 * Vite's content hashes in the bundle's file names (`assets/index-AbC12345.js`) are
 * replaced by `[hash]` in both the file names and every file's text before comparing,
 * so a bundle that moved code between modules compares by its contents, not its name.
 * Only names of files under an `assets/` folder count as hashed: the hash in a data
 * module's name is this project's own and must match. Prints the files that differ, are
 * missing on one side or are only on one side, and exits with 1 if there are any.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** `index-AbC12345.js`: name, Vite's 8-character hash, extension. */
const HASHED = /^(.+)-([A-Za-z0-9_-]{8})(\.[a-z0-9]+)$/;

/** Every file below `dir`, relative, `/`-separated, sorted. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(dir, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join("/"),
    )
    .sort();
}

/** Hashed asset file names (`index-AbC12345.js`) -> with `[hash]` instead. */
function hashedNames(files: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const file of files) {
    if (!file.split("/").slice(0, -1).includes("assets")) continue;
    const name = path.posix.basename(file);
    const match = HASHED.exec(name);
    if (match) names.set(name, `${match[1]}-[hash]${match[3]}`);
  }
  return names;
}

/** `text` with every hashed name replaced, longest first (no name is cut short). */
function normalise(text: string, names: Map<string, string>): string {
  let result = text;
  for (const [name, normal] of [...names].sort(
    (a, b) => b[0].length - a[0].length,
  ))
    result = result.split(name).join(normal);
  return result;
}

/** Normalised relative path -> normalised contents, of one folder. */
function readSite(dir: string): Map<string, Buffer> {
  const files = listFiles(dir);
  const names = hashedNames(files);
  const site = new Map<string, Buffer>();
  for (const file of files) {
    const contents = readFileSync(path.join(dir, file));
    // Binary files (icons) compare as bytes; text after normalising.
    const text = contents.includes(0)
      ? contents
      : Buffer.from(normalise(contents.toString("utf8"), names));
    site.set(normalise(file, names), text);
  }
  return site;
}

const [dirA, dirB] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error("Usage: npx tsx scripts/compare-builds.ts DIR_A DIR_B");
  process.exit(2);
}
const a = readSite(dirA);
const b = readSite(dirB);
const differing: string[] = [];
for (const file of new Set([...a.keys(), ...b.keys()])) {
  const left = a.get(file);
  const right = b.get(file);
  if (!left) differing.push(`only in ${dirB}: ${file}`);
  else if (!right) differing.push(`only in ${dirA}: ${file}`);
  else if (!left.equals(right)) differing.push(`differs: ${file}`);
}
for (const line of differing.sort()) console.log(line);
console.log(
  differing.length === 0
    ? `No differences: ${a.size} files compared after normalising Vite's hashes.`
    : `${differing.length} of ${new Set([...a.keys(), ...b.keys()]).size} files differ.`,
);
process.exit(differing.length === 0 ? 0 : 1);
