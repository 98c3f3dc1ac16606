import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import {
  closeSync,
  mkdirSync,
  openSync,
  rmdirSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { setImmediate as yieldToEvents } from "node:timers/promises";
import path from "node:path";
import { handle as listHere } from "./workers/list-worker.ts";
import { startOneCall } from "./workers/pool.ts";

/* The file-system work of the build's output folder (see site-output.ts): hashing,
 * listing, writing and tidying files. */

/** About how much of a file made in pieces ({@link writeInPieces}) is written at once. */
const PIECES_FLUSH_CHARS = 1 << 20;

const LIST_WORKER = new URL("./workers/list-worker.ts", import.meta.url);

/**
 * Longest a batch of writes holds this thread before it lets other work (the rendering
 * threads' messages) through.
 */
const WRITE_BATCH_MS = 15;

/** Hash of a file's contents, as the manifest records them. */
export function contentHash(contents: string | Buffer): string {
  return createHash("sha1").update(contents).digest("base64url");
}

/**
 * Removes the folders that deleting `removed` (relative paths) left empty, deepest first:
 * a deleted article's folder goes, a folder that still holds something stays.
 */
export function removeEmptyFolders(
  root: string,
  removed: readonly string[],
): void {
  const folders = new Set<string>();
  for (const relative of removed)
    for (
      let dir = path.posix.dirname(relative);
      dir !== ".";
      dir = path.posix.dirname(dir)
    )
      folders.add(dir);
  for (const folder of [...folders].sort((a, b) => b.length - a.length))
    try {
      rmdirSync(path.join(root, folder));
    } catch {
      // Not empty: it stays.
    }
}

/**
 * Runs `each` on every item, in batches between which this thread's other work goes on
 * (the rendering threads' messages).
 */
export async function inBatches<T>(
  items: Iterable<T>,
  each: (item: T) => void,
): Promise<void> {
  let batchStart = performance.now();
  for (const item of items) {
    each(item);
    if (performance.now() - batchStart > WRITE_BATCH_MS) {
      await yieldToEvents();
      batchStart = performance.now();
    }
  }
}

/**
 * Hash of the server renderer and the page template: every file of the renderer's build
 * folder, plus the template. Any change to the app's code makes every page stale.
 */
export async function rendererHash(
  serverDir: string,
  template: string,
): Promise<string> {
  const digest = createHash("sha256").update(template);
  // Relative names: the folder's own path depends on OUT_DIR, the code does not.
  for (const file of [...listFiles(serverDir)].sort())
    digest.update(file).update(await readFile(path.join(serverDir, file)));
  return digest.digest("base64url");
}

/** Every file below `dir` (none if it does not exist), relative, `/`-separated. */
export function listFiles(dir: string): Set<string> {
  return new Set(listHere(dir));
}

/**
 * {@link listFiles} on a thread of its own when `threads` allows: listing a large
 * output folder is time in which this thread can read the seeds instead.
 */
export async function listFilesBeside(
  dir: string,
  threads: number,
): Promise<Set<string>> {
  try {
    return new Set(await startOneCall(LIST_WORKER, listHere, threads)(dir));
  } catch {
    // A thread that could not start (or stopped) costs time, never the listing.
    return listFiles(dir);
  }
}

/**
 * Writes a file, first making its folder, once per folder however many files go into
 * it: `data/list/all-1.js`, `data/list/all-2.js` share one `mkdir`. Synchronous: files
 * written one by one by each thread cost less system time than the same writes spread
 * over the thread pool (see docs/benchmarks.md).
 */
export function fileWriter(): (
  file: string,
  contents: string | Buffer,
) => void {
  const made = new Set<string>();
  return (file, contents) => {
    const dir = path.dirname(file);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(file, contents);
  };
}

/**
 * Writes a file too large to hold whole, made of `pieces` (text, or bytes already
 * encoded), in batches between which this thread's other work goes on; returns its
 * {@link contentHash}, made on the way.
 */
export async function writeInPieces(
  file: string,
  pieces: Iterable<string | Uint8Array>,
): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true });
  const digest = createHash("sha1");
  const fd = openSync(file, "w");
  // Pieces are small (a quote's line, an article's rows): written about a megabyte at
  // a time, not one by one.
  let text = "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  const encodeText = (): void => {
    if (text === "") return;
    const bytes = Buffer.from(text);
    chunks.push(bytes);
    size += bytes.length;
    text = "";
  };
  const flush = (): void => {
    encodeText();
    const bytes = Buffer.concat(chunks, size);
    digest.update(bytes);
    writeSync(fd, bytes);
    chunks.length = 0;
    size = 0;
  };
  try {
    await inBatches(pieces, (piece) => {
      if (typeof piece === "string") text += piece;
      else {
        encodeText();
        chunks.push(piece);
        size += piece.length;
      }
      if (size + text.length >= PIECES_FLUSH_CHARS) flush();
    });
    flush();
  } finally {
    closeSync(fd);
  }
  return digest.digest("base64url");
}
