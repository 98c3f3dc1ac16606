import type { Dirent } from "node:fs";
import { isUtf8 } from "node:buffer";
import path from "node:path";
import { decodeWindows1252 } from "../decode.ts";

/** A folder entry: the name shown and reported, and the path that opens it. */
export interface SeedEntry {
  name: string;
  full: string | Buffer;
  /** The listing says it is a regular file (not a link, a folder, a pipe...). */
  plainFile: boolean;
  /** The name's bytes are not UTF-8 and were read as Windows-1252. */
  legacyName: boolean;
}

/**
 * Folder entries from their raw names, sorted by name in code-point order (the same on
 * every machine, unlike `localeCompare`). A name that is not UTF-8 is shown decoded as
 * Windows-1252 (`caf\xE9.txt` -> `café.txt`) and opened by its bytes; if that clashes
 * with another name, its bytes are added in hex.
 */
export function seedEntries(
  dir: string,
  listing: readonly Dirent<Buffer>[],
): SeedEntry[] {
  const entries: SeedEntry[] = [];
  const taken = new Set<string>();
  const legacy: Dirent<Buffer>[] = [];
  // `path.join(dir, name)` for a plain name, without normalising each of thousands.
  const prefix = path.join(dir, "_").slice(0, -1);
  for (const dirent of listing) {
    const raw = dirent.name;
    if (isUtf8(raw)) {
      const name = raw.toString("utf8");
      entries.push({
        name,
        full: prefix + name,
        plainFile: dirent.isFile(),
        legacyName: false,
      });
      taken.add(name);
    } else legacy.push(dirent);
  }
  for (const dirent of legacy) {
    const raw = dirent.name;
    let name = decodeWindows1252(raw).text;
    if (taken.has(name)) name = `${name} [${raw.toString("hex")}]`;
    taken.add(name);
    const full = Buffer.concat([Buffer.from(dir + path.sep), raw]);
    entries.push({ name, full, plainFile: dirent.isFile(), legacyName: true });
  }
  // Names are distinct (a clash got its bytes added).
  return entries.sort((a, b) => (a.name < b.name ? -1 : 1));
}
