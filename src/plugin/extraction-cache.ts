import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import {
  type FileHandle,
  appendFile,
  mkdir,
  open,
  readFile,
  readdir,
  rename,
  rm,
} from "node:fs/promises";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Article } from "../model/article.ts";
import { type BuiltArticle, buildArticle, hashText } from "./articles.ts";
import {
  type ExtractInit,
  type ExtractJob,
  type TextJob,
  parseStoredResult,
  storedResult,
} from "./workers/extract-worker.ts";
import { replaceFile, temporaryBeside } from "./replace-file.ts";
import type { SeedIndex, SeedRecord } from "./seed-store.ts";
import { timed } from "./timings.ts";
import { WorkerPool, bundledEntry, threadCount } from "./workers/pool.ts";

const SRC = new URL("../", import.meta.url);
const EXTRACT_WORKER = new URL("./workers/extract-worker.ts", import.meta.url);

/**
 * Most seeds a worker extracts per call (about 0.15 s), before it sends their results.
 * Calls end sooner when no seed is left, so a large one costs nothing at the end.
 */
const CALL_SEEDS = 250;
/** Seeds the main thread extracts between looking at the workers' messages. */
const MAIN_BATCH = 10;
/**
 * Calls in flight per worker: one working, three waiting, so that a worker goes on
 * while this thread is busy elsewhere (Vite loading a plugin's modules holds it for
 * 0.35 s at once). A waiting call takes its seeds when it starts: none left, it ends.
 */
const IN_FLIGHT = 4;
/** Below this many misses, extracting on the main thread beats starting workers and copying the texts to them. */
const MIN_FOR_WORKERS = 300;
/** The cache's layout: part of the version, so a new layout starts from an empty folder. */
const FORMAT = "pack-4";
/**
 * Share of a build's seeds that must be new results or leftovers for the pack to be
 * written anew; below it, new results are appended to the journal.
 */
const REWRITE_SHARE = 0.1;
/** Every result a build used, one file, replaced whole (`<key>\t<json>\n` lines). */
const PACK = "results.pack";
/** Results added after the pack was written (a dev server's edits), same lines, appended. */
const JOURNAL = "journal.pack";
const KEY_LENGTH = 64;
const TAB = 9;
const NEWLINE = 10;

/**
 * Hash of the code whose output is cached (the extractor, `buildArticle`, the model) and
 * of the cache's format, so changing the extractor empties the cache instead of serving
 * stale results.
 */
async function codeVersion(): Promise<string> {
  const hash = createHash("sha256").update(FORMAT);
  const files: string[] = [];
  const walk = async (dir: URL): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const url = new URL(entry.name + (entry.isDirectory() ? "/" : ""), dir);
      if (entry.isDirectory()) await walk(url);
      else files.push(url.pathname);
    }
  };
  await walk(new URL("extract/", SRC));
  files.push(
    new URL("plugin/articles.ts", SRC).pathname,
    new URL("model/article.ts", SRC).pathname,
    new URL("model/search.ts", SRC).pathname,
    // How an article becomes its data module (`articleModule`): the build fingerprints
    // modules by this version instead of hashing each one.
    new URL("plugin/site-data.ts", SRC).pathname,
    // And speakers' profiles, fingerprinted by their articles'.
    new URL("plugin/speakers.ts", SRC).pathname,
  );
  // Paths relative to src/: the same code in another folder (a fresh clone) is the same version.
  const base = new URL(".", SRC).pathname;
  for (const file of files.sort())
    hash.update(path.relative(base, file)).update(await readFile(file));
  return hash.digest("hex").slice(0, 16);
}

/** Where each key's stored result sits in the cache files read. */
type Stored = Map<string, Buffer>;

/**
 * Extraction results on disk, keyed by the extractor's code and the seed's file name,
 * slug and text: a rebuild extracts only the seeds that changed. Lives in
 * `<cacheDir>/extract/<version>/` (the plugin's `cacheDir`, by default
 * `node_modules/.cache/quote-reader`); results of an older extractor are deleted on
 * first use.
 *
 * One packed file holds every result (reading 10,000 small files took seconds): the
 * first {@link extractAll} of a build reads it, and writes it anew with exactly that
 * build's seeds when many changed, so results of deleted or edited seeds go. A few new
 * results, and later calls' (a dev server's edits), are appended to a journal that the
 * next build folds in. Files are replaced by
 * renaming a finished temporary file, so two builds at once each leave a whole pack; a
 * damaged line is a miss, never an error. An article's text is parsed from its line
 * when first read (a rebuild reads few): damage inside a text alone, which the rest of
 * the line cannot show, is an error then, naming the cache folder to delete.
 */
export class ExtractionCache {
  private readonly root: string;
  private readonly threads: number;
  private folder: Promise<string> | undefined;
  private firstCall = true;

  /**
   * @param cacheDir the build's cache folder, absolute (the plugin's `cacheDir`)
   * @param threads threads extraction may use, this one included ({@link threadCount})
   */
  constructor(cacheDir: string, threads = threadCount()) {
    this.root = path.join(cacheDir, "extract");
    this.threads = threads;
  }

  /** This extractor's folder; removes the folders of other versions. */
  private dir(): Promise<string> {
    this.folder ??= (async () => {
      const version = await codeVersion();
      const dir = path.join(this.root, version);
      await mkdir(dir, { recursive: true });
      for (const old of await readdir(this.root))
        if (old !== version)
          void rm(path.join(this.root, old), { recursive: true, force: true });
      return dir;
    })();
    return this.folder;
  }

  /**
   * The version of the code that turns a seed into its article and its data module: an
   * article's module is the same whenever this, the seed's file name, slug and text are.
   */
  async version(): Promise<string> {
    return path.basename(await this.dir());
  }

  /** The stored results, being read ahead of the first {@link extractAll}. */
  private preloaded: Promise<Stored> | undefined;

  /**
   * Starts reading the stored results if the first {@link extractAll} has not come yet:
   * a 145 MB file at 10,000 articles loads while the seeds are looked at. The worker
   * threads' code gets ready too (bundled, if it changed), for a scan with many misses.
   */
  preload(): void {
    if (!this.firstCall) return;
    this.preloaded ??= this.dir().then(readStored, () => new Map());
    bundledEntry(EXTRACT_WORKER).catch(() => undefined);
  }

  /**
   * Where a seed store keeps what it knew of each file of `seedsDir` (see `SeedIndex`):
   * one file per seeds folder, beside the results, so a new extractor version starts
   * from no records as from no results.
   */
  seedIndex(seedsDir: string): SeedIndex {
    const file = async (): Promise<string> =>
      path.join(
        await this.dir(),
        `seeds-${createHash("sha256").update(path.resolve(seedsDir)).digest("hex").slice(0, 16)}.json`,
      );
    return {
      load: async () => {
        const entries = JSON.parse(
          await readFile(await file(), "utf8").catch(() => "[]"),
        ) as unknown;
        const records = new Map<string, SeedRecord>();
        if (!Array.isArray(entries)) return records;
        for (const entry of entries as unknown[]) {
          if (!Array.isArray(entry)) continue;
          const [name, signature, hash, encoding, notes] = entry as unknown[];
          if (
            typeof name === "string" &&
            typeof signature === "string" &&
            typeof hash === "string" &&
            typeof encoding === "string" &&
            Array.isArray(notes)
          )
            records.set(name, {
              signature,
              hash,
              encoding: encoding as SeedRecord["encoding"],
              notes: notes.map(String),
            });
        }
        return records;
      },
      save: async (records) => {
        const entries = [...records].map(
          ([name, { signature, hash, encoding, notes }]) => [
            name,
            signature,
            hash,
            encoding,
            notes,
          ],
        );
        await replaceFile(await file(), JSON.stringify(entries));
      },
    };
  }

  private static key(job: ExtractJob): string {
    const hash = job.hash ?? hashText(job.text ?? "");
    return createHash("sha256")
      .update(`${job.file}\0${job.slug}\0${hash}`)
      .digest("hex");
  }

  /**
   * Extracts every job, from the cache where it can, the rest on worker threads (or on
   * this thread for a few), and stores the new results. Results are in the jobs' order;
   * a job without its text that the cache does not hold gets `undefined`.
   */
  async extractAll(
    jobs: readonly ExtractJob[],
  ): Promise<(BuiltArticle | undefined)[]> {
    return timed("extract", () => this.extractOrLoad(jobs));
  }

  private async extractOrLoad(
    jobs: readonly ExtractJob[],
  ): Promise<(BuiltArticle | undefined)[]> {
    const dir = await this.dir();
    const first = this.firstCall;
    this.firstCall = false;
    const keys = jobs.map((job) => ExtractionCache.key(job));
    // After the first call only edits come (a dev server's): one seed is quicker to
    // extract than a pack of thousands to read.
    const stored: Stored = first
      ? await (this.preloaded ?? readStored(dir))
      : new Map();
    this.preloaded = undefined;
    const results: (BuiltArticle | undefined)[] = new Array(jobs.length);
    const found: Buffer[] = [];
    keys.forEach((key, index) => {
      const line = stored.get(key);
      const built = line && parseLine(line);
      if (!built) return;
      results[index] = built;
      found.push(line);
    });
    const misses = jobs.flatMap((job, index) =>
      results[index] || job.text === undefined ? [] : [index],
    );
    // The pack is written anew (without the results no seed uses any more: edited or
    // deleted ones) when a build changes much; a few new results go to the journal,
    // as a dev server's do: one line rather than the whole pack (145 MB at 10,000).
    const unused = stored.size - found.length;
    const rewrite =
      first && unused + misses.length > jobs.length * REWRITE_SHARE;
    // Written as results come, not held until the last.
    const pack = rewrite ? await PackWriter.open(dir) : undefined;
    for (const line of found) pack?.add(line);
    stored.clear();
    const journal: string[] = [];
    const extracted = await extractMisses(
      misses.map((index) => jobs[index] as TextJob),
      this.threads,
      (position, json) => {
        const line = `${keys[misses[position] as number]}\t${json}\n`;
        if (pack) pack.add(line);
        else journal.push(line);
      },
    );
    misses.forEach((index, position) => {
      results[index] = extracted[position];
    });
    await pack?.finish();
    if (journal.length > 0)
      await appendFile(path.join(dir, JOURNAL), journal.join("")).catch(
        () => undefined,
      );
    return results;
  }
}

const articleJsons = new WeakMap<Article, string>();

/**
 * A newly extracted article's JSON (ASCII: other characters escaped), cut from its
 * stored result: the data module's contents without stringifying the article again, and
 * a string to send to a rendering thread rather than the object (copied as one block
 * instead of node by node). Results loaded from the cache have none: a rebuild renders
 * few pages, and keeping them all would cost 145 MB at 10,000 articles.
 */
export function articleJson(article: Article): string | undefined {
  return articleJsons.get(article);
}

/** `storedResult` writes `{"article":{...},"notes":[...],"terms":"..."}`. */
const ARTICLE_START = '{"article":';
const ARTICLE_END = ',"notes":[';

function keepArticleJson(built: BuiltArticle, json: string): void {
  // Inside the article no `"` is unescaped, so `,"notes":[` is where it ends; it is
  // searched for from the end, past the short notes and terms.
  const end = json.lastIndexOf(ARTICLE_END);
  if (json.startsWith(ARTICLE_START) && end > 0)
    articleJsons.set(built.article, json.slice(ARTICLE_START.length, end));
}

/** The stored lines of the pack and the journal, by key (a later line wins). */
async function readStored(dir: string): Promise<Stored> {
  const stored: Stored = new Map();
  const files = [PACK, JOURNAL].map((name) => readWhole(path.join(dir, name)));
  for (const file of files) {
    const bytes = await file;
    if (!bytes) continue;
    for (let start = 0; start < bytes.length;) {
      let end = bytes.indexOf(NEWLINE, start);
      if (end < 0) end = bytes.length;
      // Keys are hex: a line with anything else there is damage, and skipped.
      if (end - start > KEY_LENGTH + 1 && bytes[start + KEY_LENGTH] === TAB) {
        const key = bytes.toString("latin1", start, start + KEY_LENGTH);
        if (/^[0-9a-f]+$/.test(key))
          stored.set(key, bytes.subarray(start, end + 1));
      }
      start = end + 1;
    }
  }
  return stored;
}

/**
 * A file's bytes (`undefined` if it cannot be read) in as few reads as the kernel
 * allows: one round trip to the thread pool, not `readFile`'s one per 512 KB, each of
 * which waits for this thread's next turn. While the seeds are scanned (a turn every
 * 20 ms), a 145 MB pack was still loading when the scan ended.
 */
async function readWhole(file: string): Promise<Buffer | undefined> {
  const handle = await open(file, "r").catch(() => undefined);
  if (!handle) return undefined;
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(bytes, filled, size - filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } catch {
    return undefined;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** A stored line's article, or `undefined` if the line is damaged. */
function parseLine(line: Buffer): BuiltArticle | undefined {
  // A line cut short (a full disk) has no newline, and its JSON does not parse either;
  // stored results are ASCII (see `storedResult`), so any other byte is damage.
  if (line[line.length - 1] !== NEWLINE || !isAscii(line)) return undefined;
  const start = KEY_LENGTH + 1;
  const end = line.length - 1;
  const text = textSpan(line, start);
  if (!text) return parseStoredResult(line.toString("latin1", start, end));
  // Everything but the text, which stays in the line until something reads it: a
  // rebuild reads only the few articles it renders again. At 10,000 articles that is
  // 65 MB of JSON not parsed, and as many strings the collector does not copy.
  const built = parseStoredResult(
    `${TEXT_PLACEHOLDER}${line.toString("latin1", text.end, end)}`,
  );
  if (built) lazyText(built.article, line, text);
  return built;
}

/** `storedResult` begins so when the article's text is its first field, as it is. */
const TEXT_START = '{"article":{"text":"';
/** What the text is parsed as meanwhile: a string, for `parseStoredResult`'s check. */
const TEXT_PLACEHOLDER = '{"article":{"text":""';
const QUOTE = 34;
const BACKSLASH = 92;

/** Where the text's JSON string (quotes included) is in a line, if it starts the result. */
function textSpan(
  line: Buffer,
  start: number,
): { start: number; end: number } | undefined {
  if (line.toString("latin1", start, start + TEXT_START.length) !== TEXT_START)
    return undefined;
  const open = start + TEXT_START.length - 1;
  // The first `"` not escaped: one after an even number of backslashes.
  for (let close = line.indexOf(QUOTE, open + 1); close > 0;) {
    let backslashes = 0;
    while (line[close - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return { start: open, end: close + 1 };
    close = line.indexOf(QUOTE, close + 1);
  }
  return undefined;
}

/**
 * Makes `article.text` parse from the line when first read (then it is a plain field
 * again), in its place among the fields: a data module or a copy to a rendering thread
 * comes out as from a parsed article.
 */
function lazyText(
  article: Article,
  line: Buffer,
  span: { start: number; end: number },
): void {
  const settle = (text: string): void => {
    Object.defineProperty(article, "text", {
      value: text,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  };
  Object.defineProperty(article, "text", {
    get(): string {
      let text: string;
      try {
        text = JSON.parse(
          line.toString("latin1", span.start, span.end),
        ) as string;
      } catch {
        throw new Error(
          `A stored extraction result is damaged (${article.file}): delete the cache folder (node_modules/.cache/quote-reader, or the one QUOTE_READER_CACHE names) and build again`,
        );
      }
      settle(text);
      return text;
    },
    set: settle,
    enumerable: true,
    configurable: true,
  });
}

/**
 * A new pack, written as lines come: to a temporary file, renamed over the old pack at
 * the end (another build may be doing the same: each rename leaves one whole pack), and
 * the journal, folded in, dropped. A cache that cannot be written costs the next build
 * time, never this one.
 */
class PackWriter {
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
    // A few megabytes a call: thousands of lines, not one write each.
    if (this.size >= 4 * 1024 * 1024) this.flush();
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

/**
 * Extracts the jobs: when there are many, on this thread and `threads - 1` worker
 * threads, else here. Each result's {@link storedResult} JSON goes to `store` as it comes.
 *
 * This thread extracts too rather than only waiting: it would otherwise sit idle while
 * the workers start, and a worker per core on top of it would leave the cores
 * shared three ways while it takes in their results. Every thread takes the next seed
 * off one shared counter, so a thread never waits for work while another has some.
 */
async function extractMisses(
  jobs: readonly TextJob[],
  threads: number,
  store: (index: number, json: string) => void,
): Promise<BuiltArticle[]> {
  const results: BuiltArticle[] = new Array(jobs.length);
  const here = (index: number): void => {
    const job = jobs[index] as TextJob;
    const built = buildArticle(job.file, job.slug, job.text);
    results[index] = built;
    const json = storedResult(built);
    keepArticleJson(built, json);
    store(index, json);
  };
  const workers = threads - 1;
  if (jobs.length < MIN_FOR_WORKERS || workers < 1) {
    for (let index = 0; index < jobs.length; index += 1) here(index);
    return results;
  }
  const next = new Int32Array(new SharedArrayBuffer(4));
  const init: ExtractInit = { jobs, next };
  const pool = new WorkerPool<number, [number, string][]>(
    EXTRACT_WORKER,
    workers,
    init,
  );
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed) {
      const done = await pool.run(CALL_SEEDS).catch(() => undefined);
      // A worker that failed costs time, never articles: what it had taken is
      // extracted here at the end.
      if (!done) failed = true;
      else
        for (const [index, json] of done) {
          const built = parseStoredResult(json);
          if (!built) {
            here(index);
            continue;
          }
          // The seed's text, which the store holds anyway, rather than a second copy
          // of it from the JSON (120 MB at 10,000 articles).
          const { text } = jobs[index] as TextJob;
          if (built.article.text === text) built.article.text = text;
          results[index] = built;
          keepArticleJson(built, json);
          store(index, json);
        }
      if (!done || done.length < CALL_SEEDS) return;
    }
  };
  try {
    const lanes = Array.from({ length: workers * IN_FLIGHT }, lane);
    // Small turns here: the workers' results wait while this thread extracts.
    for (let taken = 0; ; taken += 1) {
      const index = Atomics.add(next, 0, 1);
      if (index >= jobs.length) break;
      here(index);
      if (taken % MAIN_BATCH === MAIN_BATCH - 1) await nextTurn();
    }
    await Promise.all(lanes);
    for (let index = 0; index < jobs.length; index += 1)
      if (!results[index]) here(index);
  } finally {
    void pool.close();
  }
  return results;
}
