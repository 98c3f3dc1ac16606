import { mkdirSync } from "node:fs";
import { PAGE_SIZE } from "../model/paths.ts";
import { ArticleFile } from "./extraction-cache/article-file.ts";
import { arrangeScan } from "./arrange-scan.ts";
import type { ModuleSources, SourceName } from "./data-module-kind.ts";
import { dataModule } from "./data-modules.ts";
import { ExtractionCache } from "./extraction-cache/index.ts";
import { warningsOf } from "./report.ts";
import { QuoteExports } from "./quote-exports.ts";
import { SearchIndex } from "./search-index.ts";
import { SeedStore } from "./seed-store/index.ts";
import type { SeedScan } from "./seed-store/seed-scan.ts";
import { SiteData } from "./site-data.ts";
import { SpeakerData } from "./speaker-data.ts";
import { type SpeakerTally, tallySpeakers } from "./speakers.ts";

/**
 * The seeds folder `dir` read through the extraction cache in `cacheDir` (absolute),
 * extracting on at most `threads` threads.
 */
export function openSeedStore(
  dir: string,
  cacheDir: string,
  threads: number,
): SeedStore {
  const cache = new ExtractionCache(cacheDir, threads);
  return new SeedStore(dir, {
    version: () => cache.version(),
    extract: (jobs) => cache.extractAll(jobs),
    index: cache.seedIndex(dir),
    prepare: () => cache.preload(),
  });
}

/**
 * One seeds folder's articles and what is made from them (speaker profiles, the list's
 * pages, the search index, the `data/` modules), each made once per scan, when first
 * asked for. {@link changed} drops the last scan; the next rereads only the files named.
 */
export class SeedData {
  readonly store: SeedStore;
  private current: Promise<SeedScan> | undefined;
  /** The speakers' totals of {@link current}, which the list and the profiles share. */
  private tallies:
    { scan: SeedScan; tallies: Map<string, SpeakerTally> } | undefined;
  /** Files changed since the last scan began; null: reread every file. */
  private pending: Set<string> | null = null;
  private speakerData: Promise<SpeakerData> | undefined;
  private siteData: Promise<SiteData> | undefined;
  private searchIndex: Promise<SearchIndex> | undefined;

  /** The folder for the spill file of speakers' quotes; none: held in memory. */
  private spillDir: string | undefined;
  private spill: ArticleFile | undefined;

  constructor(store: SeedStore, spillDir?: string) {
    this.store = store;
    this.spillDir = spillDir;
  }

  /**
   * The last scan, or a new one if the folder changed since: as the site shows it,
   * newest first with readable slugs (`arrangeScan`).
   */
  scan(): Promise<SeedScan> {
    if (!this.current) {
      this.current = this.store
        .scan(this.pending ?? undefined)
        .then(arrangeScan);
      this.pending = new Set();
    }
    return this.current;
  }

  /** Files of the folder changed (`null`: unknown which): the next read rescans. */
  changed(names: Iterable<string> | null): void {
    if (names === null) this.pending = null;
    else for (const name of names) this.pending?.add(name);
    this.current = undefined;
    this.speakerData = undefined;
    this.siteData = undefined;
    this.searchIndex = undefined;
  }

  /**
   * The speakers' profiles of the last scan; `few`: few speakers' quotes will be asked
   * for (see `SpeakerData`), if they are made now.
   */
  speakers(few = false): Promise<SpeakerData> {
    return (this.speakerData ??= this.scan().then((scan) => {
      if (this.spillDir && !this.spill)
        try {
          mkdirSync(this.spillDir, { recursive: true });
          this.spill = ArticleFile.spill(this.spillDir);
        } catch {
          // A cache folder that cannot be written: the quotes stay in memory.
          this.spillDir = undefined;
        }
      return new SpeakerData(
        scan.articles,
        this.spill,
        this.talliesOf(scan),
        few,
      );
    }));
  }

  site(): Promise<SiteData> {
    return (this.siteData ??= this.scan().then(
      (scan) => new SiteData(scan.articles, PAGE_SIZE, this.talliesOf(scan)),
    ));
  }

  /** `tallySpeakers` of a scan's articles, made once for the list and the profiles. */
  private talliesOf(scan: SeedScan): Map<string, SpeakerTally> {
    if (this.tallies?.scan !== scan)
      this.tallies = { scan, tallies: tallySpeakers(scan.articles) };
    return this.tallies.tallies;
  }

  search(): Promise<SearchIndex> {
    return (this.searchIndex ??= this.scan().then(({ articles, terms }) =>
      SearchIndex.build(articles, terms),
    ));
  }

  /** A quote export's file (`exports/…`), permalinks under `base`; undefined: none. */
  async exportFile(
    exportPath: string,
    base: string,
  ): Promise<string | undefined> {
    const { articles } = await this.scan();
    const { profiles } = await this.speakers();
    return new QuoteExports(articles, profiles, base).file(exportPath);
  }

  /** Skipped files and failed extractions of the last scan. */
  async warnings(): Promise<string[]> {
    return warningsOf(await this.scan());
  }

  /** The source of a `data/` module (see data-modules.ts); undefined: none. */
  module(dataPath: string): Promise<string | undefined> {
    return dataModule(dataPath, (name) => this.source(name));
  }

  /** What the data modules of the last scan are made from (see `ModuleSources`). */
  async source(name: SourceName): Promise<ModuleSources[SourceName]> {
    switch (name) {
      case "articles":
        return (await this.scan()).articles;
      case "site":
        return this.site();
      case "speakers":
        return this.speakers();
      case "search":
        return this.search();
    }
  }
}
