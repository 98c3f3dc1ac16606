import {
  type Stats,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  readlinkSync,
  realpathSync,
  statSync,
} from "node:fs";
import path from "node:path";
import { hashText } from "../articles.ts";
import { type SeedEncoding, decodeSeed } from "../decode.ts";
import type { SeedEntry } from "./seed-entries.ts";

/**
 * Largest seed read: the largest the build is shown to handle within its 2 GB budget
 * (docs/benchmarks.md, "Long and large articles"). A larger file (a 2 GB video renamed
 * to `.txt`) is skipped with its size, never read.
 */
export const MAX_SEED_BYTES = 30 * 1024 * 1024;

/**
 * Editor and system leftovers that sit beside real articles, with the reason given.
 * `notes.txt~`, `.notes.txt.swp`, `.#notes.txt` (an Emacs lock), `#notes.txt#`.
 */
const LEFTOVERS: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /~$/, reason: "is an editor backup file (ends in ~)" },
  { pattern: /\.sw[a-p]$/i, reason: "is an editor swap file" },
  { pattern: /^\.#/, reason: "is an editor lock file" },
  { pattern: /^#.*#$/, reason: "is an editor autosave file" },
  {
    pattern: /\.(bak|orig|tmp|part|crdownload)$/i,
    reason: "is a backup or unfinished download",
  },
];

/** Whitespace, including the invisible kinds `String.trim` keeps (zero-width space…). */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff\u00ad\u180e]*$/u;
const WORD = /[\p{L}\p{N}]/u;

/**
 * A seed that is an article, as read: its text (left out when the file was known
 * unchanged and not read), the text's hash, and how it was decoded.
 */
export interface SeedText {
  text: string | undefined;
  hash: string;
  encoding: SeedEncoding;
  /** `decoded as Windows-1252`, `file name is not UTF-8: read as Windows-1252`. */
  notes: string[];
  /** The file's {@link signature} when it was read, if it may be trusted later. */
  signature?: string;
  /**
   * Where to read the text again when it was let go after hashing (see
   * {@link rereadText}): a scan holds hashes, not the whole archive's texts.
   */
  source?: SeedSource;
}

/** A seed file to read again: its folder entry and the folder's real path. */
export interface SeedSource {
  entry: SeedEntry;
  root: string;
}

/**
 * A seed's text read again (by an extraction thread), if it is still the text whose
 * hash is `hash`; undefined when the file changed or went since.
 */
export function rereadText(
  source: SeedSource,
  hash: string,
): string | undefined {
  const outcome = readEntry(source.entry, source.root);
  return "skip" in outcome || outcome.hash !== hash ? undefined : outcome.text;
}

/** What reading an entry gave: an article's text, or why it is not an article. */
export type Outcome = SeedText | { skip: string };

/**
 * Size, modification and change times, inode: a write changes the change time at least.
 * `812:1700000000000.5:1700000000000.5:42`.
 */
export function signature(info: Stats): string {
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}

/**
 * Reads one folder entry as text, or says why it is not an article (`is empty`,
 * `cannot be read: permission denied`). Never throws. `root` is the seeds folder's
 * real path, which links must stay inside.
 */
export function readEntry(entry: SeedEntry, root: string): Outcome {
  try {
    return readEntryOrThrow(entry, root);
  } catch (error) {
    return { skip: `cannot be read: ${describeError(error)}` };
  }
}

function readEntryOrThrow(entry: SeedEntry, root: string): Outcome {
  const { name, full } = entry;
  const leftover = LEFTOVERS.find(({ pattern }) => pattern.test(name));
  if (leftover) return { skip: leftover.reason };
  // The listing's type spares a `stat` for the usual case, a plain file.
  if (!entry.plainFile) {
    if (lstatSync(full).isSymbolicLink()) {
      // Reasons name paths inside the seeds folder only: the report is published.
      const resolved = tryRealpath(full);
      if (!resolved) {
        // Entries sit directly in the folder: a relative target is relative to it.
        const target = path.relative(
          root,
          path.resolve(root, readlinkSync(full, "utf8")),
        );
        return {
          skip: isOutside(target)
            ? "is a broken link (to a file outside the seeds folder)"
            : `is a broken link (to ${target.split(path.sep).join("/")})`,
        };
      }
      if (isOutside(path.relative(root, resolved)))
        return { skip: "is a link to a file outside the seeds folder" };
    }
    const kind = notAFile(statSync(full));
    if (kind) return { skip: kind };
  }
  if (!name.toLowerCase().endsWith(".txt"))
    return { skip: "is not a .txt file" };
  const read = readSmallFile(full);
  if ("skip" in read) return read;
  const decoded = decodeSeed(read.bytes);
  if (decoded.kind === "binary")
    return { skip: `is not text: ${decoded.reason}` };
  if (BLANK.test(decoded.text)) return { skip: "contains only whitespace" };
  if (!WORD.test(decoded.text))
    return { skip: "contains no words, only symbols" };
  const notes: string[] = [];
  if (entry.legacyName)
    notes.push("file name is not UTF-8: read as Windows-1252");
  if (decoded.encoding === "windows-1252")
    notes.push("decoded as Windows-1252");
  if (/^utf-(16|32)/.test(decoded.encoding))
    notes.push(`decoded as ${decoded.encoding.toUpperCase()}`);
  if (decoded.replaced > 0)
    notes.push(
      `${decoded.replaced} undecodable byte sequence${decoded.replaced === 1 ? "" : "s"} replaced with �`,
    );
  return {
    text: decoded.text,
    hash: hashText(decoded.text),
    encoding: decoded.encoding,
    notes,
    signature: signature(read.info),
  };
}

/** Whether a path relative to the seeds folder leads out of it: `../notes.txt`. */
function isOutside(relative: string): boolean {
  return (
    relative === ".." ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative)
  );
}

/** Why a stat is not of a regular file, or `undefined` if it is one. */
function notAFile(info: Stats): string | undefined {
  if (info.isDirectory()) return "is a folder";
  if (!info.isFile()) return "is not a regular file (a device, socket or pipe)";
  return undefined;
}

/** A path's real path, or `undefined` when it cannot be resolved (a broken link). */
export function tryRealpath(file: string | Buffer): string | undefined {
  try {
    return realpathSync(file, "utf8");
  } catch {
    return undefined;
  }
}

/**
 * A file's bytes, or why they were not read: empty, too large, or not a regular file
 * after all (replaced since the listing). Opened without blocking, so a pipe named
 * `x.txt` cannot hang the build.
 */
function readSmallFile(
  file: string | Buffer,
): { bytes: Buffer; info: Stats } | { skip: string } {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    const kind = notAFile(info);
    if (kind) return { skip: kind };
    if (info.size === 0) return { skip: "is empty" };
    if (info.size > MAX_SEED_BYTES)
      return {
        skip: `is too large (${megabytes(info.size)}; the limit is ${megabytes(MAX_SEED_BYTES)})`,
      };
    const bytes = Buffer.allocUnsafe(info.size);
    let length = 0;
    while (length < bytes.length) {
      const count = readSync(fd, bytes, length, bytes.length - length, null);
      if (count === 0) break;
      length += count;
    }
    return { bytes: bytes.subarray(0, length), info };
  } finally {
    closeSync(fd);
  }
}

/** `31457281` -> `30.0 MB`. */
function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `EACCES: permission denied, open '/x'` -> `permission denied`. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const known: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "permission denied",
    ENOENT: "it does not exist",
    ENOTDIR: "it is not a folder",
    ELOOP: "the link points to itself (a loop)",
    EISDIR: "it is a folder",
    EIO: "input/output error",
  };
  if (code && known[code]) return known[code];
  return error instanceof Error ? error.message : String(error);
}
