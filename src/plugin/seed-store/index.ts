import { type Dirent, lstatSync } from "node:fs";
import { readdir, realpath } from "node:fs/promises";
import { setImmediate as nextTurn } from "node:timers/promises";
import { type BuiltArticle, buildArticle } from "../articles.ts";
import { assignSlugs } from "../slugs.ts";
import {
  type Outcome,
  type SeedText,
  describeError,
  readEntry,
} from "./read-entry.ts";
import { type SeedEntry, seedEntries } from "./seed-entries.ts";
import {
  type ExtractJob,
  canExtract,
  jobText,
} from "../workers/extract-worker.ts";
import {
  type SeedIndex,
  type SeedRecord,
  recordsToKeep,
  trustedOutcome,
} from "./seed-records.ts";
import {
  type ArticleSeed,
  type SeedScan,
  type SkippedFile,
  articleSeed,
  copyScan,
  emptyScan,
  placeArticle,
} from "./seed-scan.ts";

/** Extracts seeds into articles, results in the jobs' order. */
export type ExtractBatch = (
  jobs: ExtractJob[],
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

/** Longest the scan holds the thread between turns, so a dev server stays responsive. */
const TURN_MS = 20;

/** The last scan, and where each article of it came from, for a rescan after edits. */
interface LastScan {
  scan: SeedScan;
  /** The seeds folder's real path. */
  root: string;
  /** Entry and position in the scan's lists of each article's file. */
  articles: Map<string, { entry: SeedEntry; position: number }>;
  /** Each article's {@link ArticleSeed.key}, in the scan's order. */
  keys: string[];
}

/**
 * Reads a seeds folder into articles. Never throws for a bad file: every entry of the
 * folder becomes an article or a `SkippedFile` with the reason. Throws
 * {@link SeedsFolderError} only when the folder itself cannot be read.
 *
 * Extraction results are kept by content hash, so a rescan after one file changes
 * extracts only that file.
 */
export class SeedStore {
  readonly dir: string;
  /** The last scan's articles' results, by {@link ArticleSeed.key}. */
  private results = new Map<string, BuiltArticle>();
  private readonly extract: ExtractBatch;
  private readonly version: (() => Promise<string>) | undefined;
  private readonly index: SeedIndex | undefined;
  private readonly settledMs: number | undefined;
  private readonly prepare: (() => void) | undefined;
  /** The last scan's reading of each entry, without texts, for {@link scan}'s `changed`. */
  private outcomes = new Map<string, Outcome>();
  private last: LastScan | undefined;
  private slugs: { names: string; slugs: Map<string, string> } | undefined;

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
        jobs.map((job) => {
          const text = canExtract(job) ? jobText(job) : undefined;
          return text === undefined
            ? undefined
            : buildArticle(job.file, job.slug, text);
        }));
  }

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
   * replaced, instead of listing and looking at every entry of the folder.
   * `undefined`, for a scan of the folder, when a named file is new, gone, no longer a
   * plain file, or not an article now.
   */
  private async rescanEdited(
    changed: ReadonlySet<string>,
  ): Promise<SeedScan | undefined> {
    const last = this.last;
    if (!last || changed.size === 0) return undefined;
    const edits: { position: number; seed: ArticleSeed }[] = [];
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
        seed: articleSeed(name, slug, outcome),
      });
    }
    const results = await this.resultsOf(edits.map(({ seed }) => seed));
    const scan = copyScan(last.scan);
    const keys = [...last.keys];
    const version = await this.version?.();
    for (const { position, seed } of edits) {
      const result = results.get(seed.key) as BuiltArticle;
      this.results.delete(keys[position] as string);
      this.results.set(seed.key, result);
      keys[position] = seed.key;
      placeArticle(scan, position, seed, result, version);
      this.outcomes.set(seed.file, withoutText(seed.text));
    }
    this.last = { ...last, scan, keys };
    return scan;
  }

  /**
   * A scan of every entry of the folder. Without `trust` (a retry), every file is read
   * again, whatever the index or the last scan knew of it.
   */
  private async scanFolder(
    changed: ReadonlySet<string> | undefined,
    trust: boolean,
  ): Promise<SeedScan> {
    const started = Date.now();
    const entries = seedEntries(this.dir, await this.list());
    const root = await realpath(this.dir).catch(() => this.dir);
    if (!changed) this.prepare?.();
    const records =
      trust && !changed
        ? await this.index?.load().catch(() => undefined)
        : undefined;
    const outcomes = await this.readEntries(
      entries,
      root,
      changed,
      trust,
      records,
    );
    const skipped: SkippedFile[] = [];
    const texts = new Map<string, SeedText>();
    for (const [index, entry] of entries.entries()) {
      const outcome = outcomes[index] as Outcome;
      if ("skip" in outcome)
        skipped.push({ file: entry.name, reason: outcome.skip });
      else texts.set(entry.name, outcome);
    }
    const slugs = this.slugsOf([...texts.keys()]);
    const seeds = [...texts].map(([file, text]) =>
      articleSeed(file, slugs.get(file) ?? file, text),
    );
    // Recorded while the results load.
    const saving = changed ? undefined : this.saveIndex(texts, started);
    const resolving = this.resultsOf(seeds);
    await saving;
    const results = await resolving;
    // A file trusted unread whose result the cache no longer has (deleted, or made by
    // another extractor): read the folder again, every file.
    if (seeds.some(({ key }) => !results.get(key)))
      return this.scanFolder(changed, false);
    // Keep only this scan's results: a dev server running for hours must not grow forever.
    this.results = new Map(
      seeds.map(({ key }) => [key, results.get(key) as BuiltArticle]),
    );
    this.outcomes = new Map(
      entries.map((entry, index) => [
        entry.name,
        withoutText(outcomes[index] as Outcome),
      ]),
    );
    const version = await this.version?.();
    const scan = emptyScan(this.dir, entries.length, skipped, version);
    seeds.forEach((seed, position) =>
      placeArticle(
        scan,
        position,
        seed,
        results.get(seed.key) as BuiltArticle,
        version,
      ),
    );
    const byName = new Map(entries.map((entry) => [entry.name, entry]));
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
   * Each entry's outcome: the last scan's for an entry not named in `changed` (when
   * given), the index's record for a file it knows unchanged, else the entry read.
   * Files are read with synchronous calls, each far quicker than a round trip to the
   * thread pool; the event loop gets a turn every {@link TURN_MS}.
   */
  private async readEntries(
    entries: readonly SeedEntry[],
    root: string,
    changed: ReadonlySet<string> | undefined,
    trust: boolean,
    records: Map<string, SeedRecord> | undefined,
  ): Promise<Outcome[]> {
    const outcomes: Outcome[] = [];
    let turn = performance.now();
    for (const entry of entries) {
      // Without trust (a retry), every file is read: a known outcome has no text.
      const known =
        changed && trust && !changed.has(entry.name)
          ? this.outcomes.get(entry.name)
          : undefined;
      if (known) {
        outcomes.push(known);
        continue;
      }
      const outcome =
        trustedOutcome(entry, records?.get(entry.name)) ??
        readEntry(entry, root);
      // The text is let go once hashed, and read again where it is extracted (only
      // if the cache has no result for it): the scan holds hashes, not the archive.
      // A retry (without trust) keeps it, so that a file changing meanwhile cannot
      // send the scan round again.
      outcomes.push(
        trust && !changed && "text" in outcome && outcome.text !== undefined
          ? { ...outcome, text: undefined, source: { entry, root } }
          : outcome,
      );
      if (performance.now() - turn > TURN_MS) {
        await nextTurn();
        turn = performance.now();
      }
    }
    return outcomes;
  }

  /** Each name's slug; the last ones again when the names are (an edit keeps them). */
  private slugsOf(names: string[]): Map<string, string> {
    const joined = names.join("\0");
    if (joined !== this.slugs?.names)
      this.slugs = { names: joined, slugs: assignSlugs(names) };
    return this.slugs.slugs;
  }

  /**
   * Each seed's result by key: the last scan's, else extracted. Extraction through the
   * cache failing (its folder unwritable) costs time, never articles: what it did not
   * give back is extracted here. A seed trusted unread that the cache did not answer
   * has none.
   */
  private async resultsOf(
    seeds: readonly ArticleSeed[],
  ): Promise<Map<string, BuiltArticle | undefined>> {
    const misses = seeds.filter(({ key }) => !this.results.has(key));
    // The text's hash goes along: a disk cache keys by it too.
    const jobs = misses.map(
      ({ file, slug, text: { text, hash, source } }): ExtractJob => ({
        file,
        slug,
        text,
        hash,
        source,
      }),
    );
    const extracted = await this.extract(jobs).catch(() => []);
    const results = new Map<string, BuiltArticle | undefined>();
    for (const { key } of seeds) results.set(key, this.results.get(key));
    misses.forEach((seed, index) => {
      const job = jobs[index] as ExtractJob;
      const text = canExtract(job) ? jobText(job) : undefined;
      results.set(
        seed.key,
        extracted[index] ??
          (text === undefined
            ? undefined
            : buildArticle(seed.file, seed.slug, text)),
      );
    });
    return results;
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
    texts: ReadonlyMap<string, SeedText>,
    started: number,
  ): Promise<void> {
    if (!this.index) return;
    const records = recordsToKeep(texts, started, this.settledMs);
    // An index that cannot be written costs the next scan time, never this one.
    await this.index.save(records).catch(() => undefined);
  }
}

/** An outcome as kept between scans: the articles hold the texts, a rescan needs only the hashes. */
function withoutText(outcome: Outcome): Outcome {
  return "skip" in outcome || outcome.text === undefined
    ? outcome
    : { ...outcome, text: undefined };
}
