import { createHash } from "node:crypto";
import { type Dirent, readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * What the app's bundle is made from, besides Vite's resolved options: the app's code,
 * its assets, the config and the installed packages. Seeds are not among them: nothing
 * of the archive is bundled (articles are data modules written beside the pages).
 */
const INPUT_FOLDERS = ["src", "public"];
const INPUT_FILES = [
  "index.html",
  "vite.config.ts",
  "package.json",
  "package-lock.json",
  // What npm actually installed, which a lockfile alone does not prove.
  "node_modules/.package-lock.json",
  "tsconfig.json",
  "tsconfig.base.json",
  "tsconfig.app.json",
];

/**
 * A key that is the same exactly when `vite build` would bundle the same app: every
 * input file's path and contents, plus `options` (Vite's version, base, mode, the
 * command line). A rebuild after a seed edit finds the same key and keeps the last
 * bundle instead of making it again (about a second, with the service worker's manifest).
 * Synchronous (a hundred small files, a few milliseconds): made while the seeds are
 * scanned, each read through promises waited for the scan's next turn.
 */
export function bundleKey(
  root: string,
  options: Record<string, unknown>,
): string {
  const files: string[] = [...INPUT_FILES];
  for (const folder of INPUT_FOLDERS) {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, folder), {
        recursive: true,
        withFileTypes: true,
      });
    } catch {
      continue;
    }
    for (const entry of entries)
      if (!entry.isDirectory())
        files.push(
          path.relative(root, path.join(entry.parentPath, entry.name)),
        );
  }
  const hash = createHash("sha256").update(JSON.stringify(options));
  for (const file of files.sort()) {
    let contents: Buffer | string;
    try {
      contents = readFileSync(path.join(root, file));
    } catch {
      contents = "";
    }
    hash
      .update(`\0${file.split(path.sep).join("/")}\0${contents.length}\0`)
      .update(contents);
  }
  return hash.digest("base64url");
}
