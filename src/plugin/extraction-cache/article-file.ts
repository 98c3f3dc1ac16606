import {
  closeSync,
  openSync,
  read,
  readSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { KEY_LENGTH, NEWLINE, TAB } from "./stored-line.ts";

const readAt = promisify(read);

/** Bytes a spill file holds before it writes them (see {@link ArticleFile.append}). */
const APPEND_CHUNK = 1024 * 1024;

/** Bytes read at once from a cache file read in order (see {@link ArticleFile.bytes}). */
const READ_AHEAD = 1024 * 1024;

/** Bytes read at once when a cache file is looked through for its lines. */
const INDEX_CHUNK = 8 * 1024 * 1024;

/** Closes a file's descriptor once nothing can read it any more. */
const closing = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Closed already.
  }
});

/**
 * A file of stored results that articles are read back from by position while the
 * build runs: the cache's pack or journal (opened once, so that another build replacing
 * them leaves this one's copy readable), or this process's own spill file of newly
 * extracted articles. What the build keeps of an article in memory is where its JSON
 * sits in such a file, not the JSON.
 */
export class ArticleFile {
  private size = 0;
  /** Bytes appended and not yet written (see {@link append}), and how many. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** What a cache file read ahead, from where; and where the last read ended. */
  private ahead: { offset: number; bytes: Buffer } | undefined;
  private lastEnd = 0;

  /**
   * @param cached whether the file is the cache's (results of earlier builds), not
   * this process's spill file
   */
  private constructor(
    private readonly fd: number,
    readonly cached = false,
  ) {
    closing.register(this, fd);
  }

  /** The cache file at `file`, read-only; undefined when it cannot be opened. */
  static open(file: string): ArticleFile | undefined {
    try {
      return new ArticleFile(openSync(file, "r"), true);
    } catch {
      return undefined;
    }
  }

  /**
   * A new spill file in `dir`, removed from the folder at once: it lives while this
   * process reads it and leaves nothing behind however the build ends.
   */
  static spill(dir: string): ArticleFile {
    const file = path.join(
      dir,
      `.spill-${process.pid}-${Math.random().toString(36).slice(2)}`,
    );
    const fd = openSync(file, "w+");
    try {
      unlinkSync(file);
    } catch {
      // A system that cannot remove an open file: removed as the process ends.
      process.once("exit", () => {
        try {
          closeSync(fd);
          unlinkSync(file);
        } catch {
          // Gone already.
        }
      });
    }
    return new ArticleFile(fd);
  }

  /**
   * Appends `bytes` to a spill file; returns where they are. Written with the bytes
   * appended after them, {@link APPEND_CHUNK} at a time, or before they are read.
   */
  append(bytes: Buffer): number {
    const offset = this.size;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.size += bytes.length;
    if (this.pendingBytes >= APPEND_CHUNK) this.flush();
    return offset;
  }

  /** Writes what {@link append} holds. */
  private flush(): void {
    if (this.pendingBytes === 0) return;
    const bytes = Buffer.concat(this.pending, this.pendingBytes);
    const offset = this.size - this.pendingBytes;
    for (let done = 0; done < bytes.length;)
      done += writeSync(
        this.fd,
        bytes,
        done,
        bytes.length - done,
        offset + done,
      );
    this.pending = [];
    this.pendingBytes = 0;
  }

  /**
   * `length` bytes from `offset`. A cache file (which does not change) read where the
   * last read ended, as a build loads its results in order, is read {@link READ_AHEAD}
   * at a time: a read for each line is most of the time that loading takes.
   */
  bytes(offset: number, length: number): Buffer {
    if (this.cached) {
      const sequential = offset === this.lastEnd;
      this.lastEnd = offset + length;
      const ahead = this.ahead;
      if (
        ahead &&
        offset >= ahead.offset &&
        offset + length <= ahead.offset + ahead.bytes.length
      )
        return ahead.bytes.subarray(
          offset - ahead.offset,
          offset - ahead.offset + length,
        );
      if (sequential && length < READ_AHEAD) {
        const bytes = Buffer.allocUnsafe(READ_AHEAD);
        const got = readSync(this.fd, bytes, 0, READ_AHEAD, offset);
        this.ahead = { offset, bytes: bytes.subarray(0, got) };
        if (got >= length) return bytes.subarray(0, length);
      }
    }
    if (offset + length > this.size - this.pendingBytes) this.flush();
    const bytes = Buffer.allocUnsafe(length);
    for (let done = 0; done < length;) {
      const got = readSync(this.fd, bytes, done, length - done, offset + done);
      if (got === 0) throw new Error("A stored result ends before its length");
      done += got;
    }
    return bytes;
  }

  /** `length` bytes from `offset` as text (stored results are ASCII). */
  text(offset: number, length: number): string {
    return this.bytes(offset, length).toString("latin1");
  }

  /**
   * Where each key's line (`<key>\t<json>\n`) is, a later line of a key winning, read a
   * few megabytes at a time: a pack of 100,000 results is 1.5 GB, more than a build may
   * hold. A line whose key is not hex is damage, and skipped.
   */
  async lines(into: Map<string, StoredLine>): Promise<Map<string, StoredLine>> {
    // One buffer for every read: the bytes carried over from the last (a line's start)
    // moved to its start, and the next read after them.
    let chunk = Buffer.allocUnsafe(INDEX_CHUNK);
    let carried = 0;
    // Where `chunk` starts in the file.
    let base = 0;
    for (;;) {
      // A line longer than half the buffer: a larger one, so that each read gets on.
      if (carried * 2 > chunk.length) {
        const larger = Buffer.allocUnsafe(carried * 2);
        chunk.copy(larger, 0, 0, carried);
        chunk = larger;
      }
      const { bytesRead } = await readAt(
        this.fd,
        chunk,
        carried,
        chunk.length - carried,
        base + carried,
      );
      const data = chunk.subarray(0, carried + bytesRead);
      let start = 0;
      for (
        let end = data.indexOf(NEWLINE, start);
        end >= 0;
        end = data.indexOf(NEWLINE, start)
      ) {
        if (end - start > KEY_LENGTH + 1 && data[start + KEY_LENGTH] === TAB) {
          const key = data.toString("latin1", start, start + KEY_LENGTH);
          if (/^[0-9a-f]+$/.test(key))
            into.set(key, {
              file: this,
              offset: base + start,
              length: end + 1 - start,
            });
        }
        start = end + 1;
      }
      if (bytesRead === 0) {
        // A last line without its newline: cut short, and a miss (see parseLine).
        if (data.length > start + KEY_LENGTH + 1) {
          const key = data.toString("latin1", start, start + KEY_LENGTH);
          into.set(key, {
            file: this,
            offset: base + start,
            length: data.length - start,
          });
        }
        return into;
      }
      chunk.copyWithin(0, start, data.length);
      carried = data.length - start;
      base += start;
    }
  }
}

/** Where a stored line is: its file, first byte and length (newline included). */
export interface StoredLine {
  file: ArticleFile;
  offset: number;
  length: number;
}
