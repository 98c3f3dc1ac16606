import {
  type Dirent,
  type Stats,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  statSync,
} from "node:fs";
import { isUtf8 } from "node:buffer";
import { readdir, realpath } from "node:fs/promises";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Article } from "../model/article.ts";
import { type BuiltArticle, buildArticle, hashText } from "./articles.ts";
import { decodeSeed, decodeWindows1252, type SeedEncoding } from "./decode.ts";
import { assignSlugs } from "./slugs.ts";

/** A seed file that did not become an article, and why. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** A seed file that became an article, and anything worth knowing about how. */
export interface ReadFile {
  file: string;
  slug: string;
  encoding: SeedEncoding;
  /** `decoded as Windows-1252`, `no title line: title taken from the first sentence`. */
  notes: string[];
}

export interface SeedScan {
  /** Absolute path of the seeds folder. */
  dir: string;
  /** Every entry of the folder: each is one article or one skipped file. */
  entries: number;
  articles: Article[];
  /** Each article's search terms (`articleTerms`), in the same order. */
  terms: string[];
  /**
   * With a code version given: for each article, a string that is the same exactly
   * when its data module is (the code's version, file name, slug, text's hash).
   */
  fingerprints: string[] | undefined;
  /** One per article, in the same order. */
  read: ReadFile[];
  skipped: SkippedFile[];
}

/** Extracts seeds into articles, results in the jobs' order. */
export type ExtractBatch = (
  jobs: { file: string; slug: string; text?: string; hash: string }[],
) => Promise<(BuiltArticle | undefined)[]>;

/** Thrown when the seeds folder itself is missing or unreadable. */
export class SeedsFolderError extends Error {
  constructor(message: string) {
    super(message);
    // Vite prints the error's stack: the message alone says all there is to say.
    this.stack = `SeedsFolderError: ${message}`;
  }
}
SeedsFolderError.prototype.name = "SeedsFolderError";

/**
 * Largest seed read: one the build is shown to handle within 2 GB (a 25 MB transcript of
 * 145,000 quotes peaks at 1.4 GB; 49 MB took 2.4 GB, docs/benchmarks.md). A larger file
 * (a 2 GB video renamed to `.txt`) is skipped with its size, never read.
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
 * What reading an entry gave: an article's text (with its hash; the text is left out
 * when the file was known unchanged and not read), or why it is not an article.
 */
type Outcome =
  | {
      text: string | undefined;
      hash: string;
      encoding: SeedEncoding;
      notes: string[];
      /** The file's {@link signature} when it was read, if it may be trusted later. */
      signature?: string;
    }
  | { skip: string };

/**
 * What a scan knew of a seed file, for the next scan to trust without reading it while
 * the file's size, times and inode stay the same.
 */
export interface SeedRecord {
  signature: string;
  hash: string;
  encoding: SeedEncoding;
  notes: string[];
}

/** Where {@link SeedStore} keeps its records between runs (the extraction cache). */
export interface SeedIndex {
  load(): Promise<Map<string, SeedRecord>>;
  save(records: Map<string, SeedRecord>): Promise<void>;
}

/**
 * A file changed within one tick of its clock before a scan may change again without
 * its times changing: such a file is read again next time rather than trusted. Linux
 * and macOS file systems keep fractions of a second and tick every few milliseconds;
 * FAT and HFS+ keep two seconds or one. Whole-second change times say which it is.
 */
const SETTLED_MS = { fine: 100, coarse: 2500 };

/** Size, modification and change times, inode: a write changes the change time at least. */
function signature(info: Stats): string {
  return `${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`;
}

/**
 * Reads a seeds folder into articles. Never throws for a bad file: every entry of the
 * folder becomes an article or a {@link SkippedFile} with the reason. Throws
 * {@link SeedsFolderError} only when the folder itself cannot be read.
 *
 * Extraction results are kept by content hash, so a rescan after one file changes
 * extracts only that file.
 */
export class SeedStore {
  readonly dir: string;
  private cache = new Map<string, BuiltArticle>();
  private readonly extract: ExtractBatch;

  private readonly version: (() => Promise<string>) | undefined;
  private readonly index: SeedIndex | undefined;
  private readonly settledMs: number | undefined;
  private readonly prepare: (() => void) | undefined;

  /**
   * `extract` turns the seeds not extracted yet into articles: worker threads, a disk
   * cache. `version` is the version of that code (see `SeedScan.fingerprints`). `index`
   * keeps what a whole folder's scan knew of each file for the next run, which reads
   * only the files whose signature changed since (and, of those changed in the
   * `settledMs` before a scan, by default a tick of their clock, trusts none).
   */
  constructor(
    dir: string,
    options: {
      extract?: ExtractBatch;
      version?: () => Promise<string>;
      index?: SeedIndex;
      settledMs?: number;
      /** Called as a whole folder's scan starts: a disk cache starts loading meanwhile. */
      prepare?: () => void;
    } = {},
  ) {
    this.prepare = options.prepare;
    this.dir = dir;
    this.version = options.version;
    this.index = options.index;
    this.settledMs = options.settledMs;
    this.extract =
      options.extract ??
      (async (jobs) =>
        jobs.map((job) =>
          job.text === undefined
            ? undefined
            : buildArticle(job.file, job.slug, job.text),
        ));
  }

  /** The last scan's reading of each entry, for {@link scan}'s `changed`. */
  private outcomes = new Map<string, Outcome>();
  /** The last scan, and where each article of it came from, for {@link rescanEdited}. */
  private last:
    | {
        scan: SeedScan;
        root: string;
        /** Entry and position in the scan's lists of each article's file. */
        articles: Map<string, { entry: SeedEntry; position: number }>;
        /** Each article's cache key, in the scan's order. */
        keys: string[];
      }
    | undefined;
  private slugs: { names: string; slugs: Map<string, string> } | undefined;

  /**
   * Reads every entry of the folder; articles sorted by file name. With `changed` (names
   * the dev server's watcher reported), entries not named there are taken from the last
   * scan instead of being read again: an edit to one seed of thousands costs one read.
   * A whole folder's scan with an index does not read the files whose size, times and
   * inode are those the last run recorded: their results come from the extraction cache.
   */
  async scan(changed?: ReadonlySet<string>): Promise<SeedScan> {
    return (
      (changed && (await this.rescanEdited(changed))) ??
      this.scanFolder(changed, true)
    );
  }

  /**
   * A rescan after edits to articles the last scan had (a dev server's usual case): each
   * named file is read again, and the last scan's lists are copied with its article
   * replaced, instead of listing and looking at every entry of the folder (60-110 ms
   * at 10,000 seeds). `undefined`, for a scan of the folder, when a named file is new,
   * gone, no longer a plain file, or not an article now.
   */
  private async rescanEdited(
    changed: ReadonlySet<string>,
  ): Promise<SeedScan | undefined> {
    const last = this.last;
    if (!last || changed.size === 0) return undefined;
    const edits: {
      position: number;
      name: string;
      slug: string;
      outcome: Extract<Outcome, { hash: string }>;
      key: string;
    }[] = [];
    for (const name of changed) {
      const known = last.articles.get(name);
      if (!known) return undefined;
      try {
        if (!lstatSync(known.entry.full).isFile()) return undefined;
      } catch {
        return undefined;
      }
      const outcome = readEntry(known.entry, last.root);
      if ("skip" in outcome) return undefined;
      // Slugs depend only on the set of names, which did not change.
      const slug = last.scan.read[known.position]?.slug ?? name;
      edits.push({
        position: known.position,
        name,
        slug,
        outcome,
        key: `${slug}\0${name}\0${outcome.hash}`,
      });
    }
    const misses = edits.filter(({ key }) => !this.cache.has(key));
    const built = await this.extractSeeds(
      misses.map(({ name, slug, outcome }) => ({
        file: name,
        slug,
        text: outcome.text,
        hash: outcome.hash,
      })),
    );
    const extracted = new Map(
      misses.map(({ key }, index) => [key, built[index] as BuiltArticle]),
    );
    const scan: SeedScan = {
      ...last.scan,
      articles: [...last.scan.articles],
      terms: [...last.scan.terms],
      read: [...last.scan.read],
      fingerprints: last.scan.fingerprints && [...last.scan.fingerprints],
    };
    const keys = [...last.keys];
    const version = await this.version?.();
    for (const { position, name, slug, outcome, key } of edits) {
      const result =
        extracted.get(key) ?? (this.cache.get(key) as BuiltArticle);
      this.cache.delete(keys[position] as string);
      this.cache.set(key, result);
      keys[position] = key;
      scan.articles[position] = result.article;
      scan.terms[position] = result.terms;
      scan.read[position] = {
        file: name,
        slug,
        encoding: outcome.encoding,
        notes: [...outcome.notes, ...result.notes],
      };
      if (scan.fingerprints) scan.fingerprints[position] = `${version}\0${key}`;
      this.outcomes.set(name, { ...outcome, text: undefined });
    }
    this.last = { ...last, scan, keys };
    return scan;
  }

  /**
   * The jobs' articles, in order. Extraction through the cache failing (its folder
   * unwritable) costs time, never articles: what it did not give back is extracted
   * here. A job without its text that the cache did not answer is `undefined`.
   */
  private async extractSeeds(
    jobs: { file: string; slug: string; text?: string; hash: string }[],
  ): Promise<(BuiltArticle | undefined)[]> {
    const extracted = await this.extract(jobs).catch(() => []);
    return jobs.map(
      ({ file, slug, text }, index) =>
        extracted[index] ??
        (text === undefined ? undefined : buildArticle(file, slug, text)),
    );
  }

  private async scanFolder(
    changed: ReadonlySet<string> | undefined,
    trust: boolean,
  ): Promise<SeedScan> {
    const started = Date.now();
    const entries = seedEntries(this.dir, await this.list());
    const root = await realpath(this.dir).catch(() => this.dir);
    const skipped: SkippedFile[] = [];
    const texts = new Map<string, Extract<Outcome, { hash: string }>>();
    // Code-point order: the same on every machine, unlike localeCompare.
    const sorted = entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    if (!changed) this.prepare?.();
    const records =
      trust && !changed
        ? await this.index?.load().catch(() => undefined)
        : undefined;
    // Files are read with synchronous calls: 10,000 seeds in ~0.2 s, against ~1 s through
    // promises (each call's round trip to the thread pool costs more than the read). The
    // event loop gets a turn every few milliseconds, so a dev server stays responsive.
    const outcomes: Outcome[] = [];
    let turn = performance.now();
    for (const [index, entry] of sorted.entries()) {
      // Without trust (a retry), every file is read: a known outcome has no text.
      const known =
        !trust || changed?.has(entry.name)
          ? undefined
          : this.outcomes.get(entry.name);
      if (changed && known) {
        outcomes[index] = known;
        continue;
      }
      outcomes[index] =
        trusted(entry, records?.get(entry.name)) ?? readEntry(entry, root);
      if (performance.now() - turn > 20) {
        await nextTurn();
        turn = performance.now();
      }
    }
    for (const [index, entry] of sorted.entries()) {
      const outcome = outcomes[index] as Outcome;
      if ("skip" in outcome)
        skipped.push({ file: entry.name, reason: outcome.skip });
      else texts.set(entry.name, outcome);
    }
    // Slugs depend only on the set of names: a rescan after an edit keeps them.
    const names = [...texts.keys()];
    const joined = names.join("\0");
    if (joined !== this.slugs?.names)
      this.slugs = { names: joined, slugs: assignSlugs(names) };
    const { slugs } = this.slugs;
    const seeds = [...texts].map(([file, outcome]) => {
      const slug = slugs.get(file) ?? file;
      return {
        file,
        slug,
        ...outcome,
        key: `${slug}\0${file}\0${outcome.hash}`,
      };
    });
    const misses = seeds.filter((seed) => !this.cache.has(seed.key));
    // The text's hash goes along: a disk cache keys by it too.
    const jobs = misses.map(({ file, slug, text, hash }) => ({
      file,
      slug,
      text,
      hash,
    }));
    // Recorded while the results load.
    const saving = changed ? undefined : this.saveIndex(texts, started);
    const extracting = this.extractSeeds(jobs);
    await saving;
    const built = await extracting;
    // A file trusted unread whose result the cache no longer has (deleted, or made by
    // another extractor): read the folder again, every file.
    if (built.includes(undefined)) return this.scanFolder(changed, false);
    // Keep only this scan's results: a dev server running for hours must not grow forever.
    const cache = new Map<string, BuiltArticle>();
    misses.forEach(({ key }, index) =>
      cache.set(key, built[index] as BuiltArticle),
    );
    const articles: Article[] = [];
    const terms: string[] = [];
    const read: ReadFile[] = [];
    for (const { file, slug, encoding, notes, key } of seeds) {
      const result = cache.get(key) ?? (this.cache.get(key) as BuiltArticle);
      cache.set(key, result);
      articles.push(result.article);
      terms.push(result.terms);
      read.push({ file, slug, encoding, notes: [...notes, ...result.notes] });
    }
    this.cache = cache;
    // Without their texts: the articles hold them, a rescan needs only the hashes.
    this.outcomes = new Map(
      sorted.map((entry, index) => {
        const outcome = outcomes[index] as Outcome;
        return [
          entry.name,
          "skip" in outcome || outcome.text === undefined
            ? outcome
            : { ...outcome, text: undefined },
        ];
      }),
    );
    const version = await this.version?.();
    const scan: SeedScan = {
      dir: this.dir,
      entries: entries.length,
      articles,
      terms,
      fingerprints:
        version === undefined
          ? undefined
          : seeds.map(({ key }) => `${version}\0${key}`),
      read,
      skipped,
    };
    const byName = new Map(sorted.map((entry) => [entry.name, entry]));
    this.last = {
      scan,
      root,
      articles: new Map(
        seeds.map(({ file }, position) => [
          file,
          { entry: byName.get(file) as SeedEntry, position },
        ]),
      ),
      keys: seeds.map(({ key }) => key),
    };
    return scan;
  }

  /**
   * The folder's entries, names as bytes: an old archive's `caf\xE9.txt` is not UTF-8,
   * and a name decoded with `�` in it would not open. Throws {@link SeedsFolderError}
   * when the folder cannot be read (a build checks that before it starts bundling).
   */
  async list(): Promise<Dirent<Buffer>[]> {
    return readdir(this.dir, { encoding: "buffer", withFileTypes: true }).catch(
      (error: unknown) => {
        throw new SeedsFolderError(
          `Cannot read the seeds folder ${this.dir}: ${describeError(error)}`,
        );
      },
    );
  }

  /** Records the files read or trusted, but not those changed too recently to trust. */
  private async saveIndex(
    texts: Map<string, Extract<Outcome, { hash: string }>>,
    started: number,
  ): Promise<void> {
    if (!this.index) return;
    const changedAt = (signature: string | undefined): number =>
      Number(signature?.split(":")[2]);
    const fine = [...texts.values()].some(
      ({ signature }) => changedAt(signature) % 1000 !== 0,
    );
    const settled =
      this.settledMs ?? (fine ? SETTLED_MS.fine : SETTLED_MS.coarse);
    const records = new Map<string, SeedRecord>();
    for (const [file, { signature, hash, encoding, notes }] of texts)
      if (signature && changedAt(signature) < started - settled)
        records.set(file, { signature, hash, encoding, notes });
    // An index that cannot be written costs the next scan time, never this one.
    await this.index.save(records).catch(() => undefined);
  }
}

/**
 * The outcome the record gives for an entry, if the file is a plain file with the
 * record's signature still: known unchanged, not read.
 */
function trusted(
  entry: SeedEntry,
  record: SeedRecord | undefined,
): Outcome | undefined {
  if (!record || !entry.plainFile) return undefined;
  try {
    const info = statSync(entry.full);
    if (!info.isFile() || signature(info) !== record.signature)
      return undefined;
  } catch {
    return undefined;
  }
  const { signature: known, hash, encoding, notes } = record;
  return { text: undefined, hash, encoding, notes, signature: known };
}

/** Reads one folder entry as text, or says why it is not an article. Never throws. */
/** A seed file read as the build reads it: its text and notes, or why it was skipped. */
export type SeedReading =
  | { file: string; text: string; notes: string[] }
  | { file: string; skip: string };

/**
 * Reads `target` as a build would: a seeds folder's entries (not its subfolders' files,
 * which the build skips), or one file as an entry of the folder it sits in. Every entry
 * is decoded, checked and skipped with the build's own reasons. For `npm run extract`,
 * so that it gives the same articles as the site.
 */
export function readSeeds(target: string): SeedReading[] {
  const stat = statSync(target);
  const dir = stat.isDirectory() ? target : path.dirname(target);
  const root = tryRealpath(dir) ?? dir;
  const entries = stat.isDirectory()
    ? seedEntries(
        dir,
        readdirSync(dir, { encoding: "buffer", withFileTypes: true }),
      ).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    : [
        {
          name: path.basename(target),
          full: target,
          plainFile: lstatSync(target).isFile(),
          legacyName: false,
        },
      ];
  return entries.map((entry) => {
    const outcome = readEntry(entry, root);
    if ("skip" in outcome) return { file: entry.name, skip: outcome.skip };
    return {
      file: entry.name,
      text: outcome.text ?? "",
      notes: outcome.notes,
    };
  });
}

function readEntry(entry: SeedEntry, root: string): Outcome {
  try {
    return readEntryOrThrow(entry, root);
  } catch (error) {
    return { skip: `cannot be read: ${describeError(error)}` };
  }
}

/** Whether a path relative to the seeds folder leads out of it. */
function isOutside(relative: string): boolean {
  return (
    relative === ".." ||
    relative.startsWith(`..${path.sep}`) ||
    path.isAbsolute(relative)
  );
}

/** Reads one folder entry as text, or says why it is not an article. */
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

/** A folder entry: the name shown and reported, and the path that opens it. */
interface SeedEntry {
  name: string;
  full: string | Buffer;
  /** The listing says it is a regular file (not a link, a folder, a pipe...). */
  plainFile: boolean;
  /** The name's bytes are not UTF-8 and were read as Windows-1252. */
  legacyName: boolean;
}

/**
 * Folder entries from their raw names. A name that is not UTF-8 is shown decoded as
 * Windows-1252 (`caf\xE9.txt` -> `café.txt`) and opened by its bytes; if that clashes
 * with another name, its bytes are added in hex.
 */
function seedEntries(
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
  return entries;
}

/** Why a stat is not of a regular file, or `undefined` if it is one. */
function notAFile(info: Stats): string | undefined {
  if (info.isDirectory()) return "is a folder";
  if (!info.isFile()) return "is not a regular file (a device, socket or pipe)";
  return undefined;
}

function tryRealpath(file: string | Buffer): string | undefined {
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

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `EACCES: permission denied, open '/x'` -> `permission denied`. */
function describeError(error: unknown): string {
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
