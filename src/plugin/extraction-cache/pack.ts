import {
  type FileHandle,
  appendFile,
  open,
  rename,
  rm,
} from "node:fs/promises";
import path from "node:path";
import { temporaryBeside } from "../replace-file.ts";
import { ArticleFile, type StoredLine } from "./article-file.ts";

/** The cache's layout: part of the version, so a new layout starts from an empty folder. */
export const PACK_FORMAT = "pack-4";
/** Every result a build used, one file, replaced whole (`<key>\t<json>\n` lines). */
const PACK = "results.pack";
/** Results added after the pack was written (a dev server's edits), same lines, appended. */
const JOURNAL = "journal.pack";
/** Bytes gathered before a write: thousands of lines a call, not one write each. */
const WRITE_BYTES = 4 * 1024 * 1024;

/** Where each key's stored line (`<key>\t<json>\n`) sits in the cache files read. */
export type Stored = Map<string, StoredLine>;

/**
 * Where the stored lines of the pack and the journal in `dir` are, by key (a later line
 * wins). The files stay open for the articles read from them: a build that replaces
 * them meanwhile leaves this one's copies whole.
 */
export async function readStored(dir: string): Promise<Stored> {
  const stored: Stored = new Map();
  for (const name of [PACK, JOURNAL]) {
    const file = ArticleFile.open(path.join(dir, name));
    await file?.lines(stored).catch(() => undefined);
  }
  return stored;
}

/** Appends lines to the journal in `dir`; a journal that cannot be written is no error. */
export async function appendToJournal(
  dir: string,
  lines: readonly string[],
): Promise<void> {
  if (lines.length > 0)
    await appendFile(path.join(dir, JOURNAL), lines.join("")).catch(
      () => undefined,
    );
}

/**
 * A new pack, written as lines come: to a temporary file, renamed over the old pack at
 * the end (another build may be doing the same: each rename leaves one whole pack), and
 * the journal, folded in, dropped. A cache that cannot be written costs the next build
 * time, never this one.
 */
export class PackWriter {
  private chunk: Buffer[] = [];
  private size = 0;
  private writing: Promise<unknown> = Promise.resolve();
  private failed = false;
  private readonly file: FileHandle | undefined;
  private readonly temporary: string;
  private readonly dir: string;

  private constructor(
    file: FileHandle | undefined,
    temporary: string,
    dir: string,
  ) {
    this.file = file;
    this.temporary = temporary;
    this.dir = dir;
  }

  /** A writer of the pack in the cache folder `dir`. */
  static async open(dir: string): Promise<PackWriter> {
    const temporary = temporaryBeside(path.join(dir, PACK));
    const file = await open(temporary, "w").catch(() => undefined);
    return new PackWriter(file, temporary, dir);
  }

  /** Adds a line (ASCII, as stored results are). */
  add(line: Buffer | string): void {
    if (!this.file) return;
    const bytes = typeof line === "string" ? Buffer.from(line, "latin1") : line;
    this.chunk.push(bytes);
    this.size += bytes.length;
    if (this.size >= WRITE_BYTES) this.flush();
  }

  private flush(): void {
    const { file, chunk } = this;
    this.chunk = [];
    this.size = 0;
    if (!file || chunk.length === 0) return;
    this.writing = this.writing
      .then(() => file.writev(chunk))
      .catch(() => {
        this.failed = true;
      });
  }

  /** Waits until what was added so far is written: a writer of many lines holds few. */
  async drain(): Promise<void> {
    await this.writing;
  }

  /** Writes what is left and puts the pack in place. */
  async finish(): Promise<void> {
    if (!this.file) return;
    this.flush();
    await this.writing;
    await this.file.close().catch(() => {
      this.failed = true;
    });
    try {
      if (this.failed) throw new Error("The pack was not written whole");
      await rename(this.temporary, path.join(this.dir, PACK));
      await rm(path.join(this.dir, JOURNAL), { force: true });
    } catch {
      await rm(this.temporary, { force: true }).catch(() => undefined);
    }
  }
}
