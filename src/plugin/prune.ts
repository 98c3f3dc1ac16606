import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/** How long a cache entry no build touches is kept: a day. */
export const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the entries of `dir` (files or folders) that `other` accepts and that nothing
 * modified for `ageMs`: what builds of older code or other output folders left in a
 * cache. A missing folder, or an entry another build deleted meanwhile, is no error.
 */
export function pruneStale(
  dir: string,
  other: (name: string) => boolean,
  ageMs = STALE_MS,
): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const now = Date.now();
  for (const name of names) {
    if (!other(name)) continue;
    const entry = path.join(dir, name);
    try {
      if (now - statSync(entry).mtimeMs > ageMs)
        rmSync(entry, { recursive: true, force: true });
    } catch {
      // Gone already.
    }
  }
}
