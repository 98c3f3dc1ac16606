import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Article } from "../model/article.ts";
import { buildArticle, hashText } from "./articles.ts";
import { assignSlugs } from "./slugs.ts";

/** A seed file that did not become an article, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface SeedScan {
  articles: Article[];
  skipped: SkippedFile[];
}

/** Thrown when the seeds folder itself is missing or unreadable. */
export class SeedsFolderError extends Error {}

/**
 * Reads a seeds folder into articles. Extraction results are kept by content hash, so a
 * rescan after one file changes extracts only that file.
 */
export class SeedStore {
  readonly dir: string;
  private readonly cache = new Map<string, Article>();

  constructor(dir: string) {
    this.dir = dir;
  }

  /** Reads every file in the folder; articles sorted by file name. */
  async scan(): Promise<SeedScan> {
    const entries = await readdir(this.dir, { withFileTypes: true }).catch(
      (error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        throw new SeedsFolderError(
          `Cannot read the seeds folder ${this.dir}: ${reason}`,
        );
      },
    );
    const skipped: SkippedFile[] = [];
    const texts = new Map<string, string>();
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const reason = await this.readEntry(entry.name, texts);
      if (reason) skipped.push({ file: entry.name, reason });
    }
    const slugs = assignSlugs([...texts.keys()]);
    const articles: Article[] = [];
    for (const [file, text] of texts) {
      const slug = slugs.get(file) ?? file;
      const key = `${slug}\0${file}\0${hashText(text)}`;
      let article = this.cache.get(key);
      if (!article) {
        article = buildArticle(file, slug, text);
        this.cache.set(key, article);
      }
      articles.push(article);
    }
    return { articles, skipped };
  }

  /** Reads one folder entry into `texts`, or returns why it is not an article. */
  private async readEntry(
    name: string,
    texts: Map<string, string>,
  ): Promise<string | null> {
    const full = path.join(this.dir, name);
    const info = await stat(full).catch(() => null);
    if (!info) return "cannot be read (broken link or no permission)";
    if (info.isDirectory()) return "is a folder";
    if (!name.toLowerCase().endsWith(".txt")) return "is not a .txt file";
    const text = await readFile(full, "utf8").catch(() => null);
    if (text === null) return "cannot be read";
    if (text.trim() === "") return "is empty";
    texts.set(name, text);
    return null;
  }
}
