import type { Article, ArticleSummary } from "../model/article.ts";
import {
  ALL_ARTICLES,
  TOP_SPEAKERS,
  listDataPath,
  neighboursDataPath,
  speakerKey,
} from "../model/data-files.ts";
import type { ListPage, Neighbours, SpeakerTotal } from "../model/list.ts";
import { type MonthCount, monthCounts } from "../model/periods.ts";
import { bySpeakerRank } from "../model/speaker.ts";
import { summarize } from "./articles.ts";
import { toModule } from "./module-source.ts";
import type { VersionedSource } from "./output-manifest.ts";
import { type SpeakerTally, tallySpeakers } from "./speakers.ts";

/**
 * Everything the list needs, computed once per scan: the summaries in list order, each
 * speaker's totals, and for each list (all articles, or one speaker's) its pages.
 * Lists are stored as article positions, so a speaker's page is built only when asked for.
 */
export class SiteData {
  readonly summaries: ArticleSummary[];
  readonly speakers: SpeakerTotal[];
  readonly pageSize: number;
  /** {@link neighbourChunks}, made when first asked for. */
  private neighbours: Map<string, Neighbours> | undefined;
  /** List key -> its months and their counts, made when first asked for. */
  private readonly periods = new Map<string, MonthCount[]>();
  /** Speaker key -> positions (into `summaries`) of the articles quoting them. */
  private readonly lists = new Map<string, SpeakerTally>();

  /** `tallies`: {@link tallySpeakers} of the same articles, if made. */
  constructor(
    articles: readonly Article[],
    pageSize: number,
    tallies: ReadonlyMap<string, SpeakerTally> = tallySpeakers(articles),
  ) {
    this.pageSize = pageSize;
    this.summaries = articles.map(summarize);
    for (const tally of tallies.values()) {
      const key = speakerKey(tally.total.name);
      const clash = this.lists.get(key);
      if (clash)
        throw new Error(
          `Speakers "${clash.total.name}" and "${tally.total.name}" share the data key ${key}`,
        );
      this.lists.set(key, tally);
    }
    const totals = [...tallies.values()].map(({ total }) => total);
    this.speakers = totals.sort(bySpeakerRank);
  }

  /** The most quoted speakers, for the list page's first paint. */
  topSpeakers(): SpeakerTotal[] {
    return this.speakers.slice(0, TOP_SPEAKERS);
  }

  /** Number of pages of a list: `all` or a speaker key; at least 1. */
  pageCount(key: string): number {
    const total =
      key === ALL_ARTICLES
        ? this.summaries.length
        : (this.lists.get(key)?.positions.length ?? 0);
    return Math.max(1, Math.ceil(total / this.pageSize));
  }

  /** One page of a list, or undefined for an unknown speaker or page. */
  listPage(key: string, page: number): ListPage | undefined {
    const list = key === ALL_ARTICLES ? null : this.lists.get(key);
    if (key !== ALL_ARTICLES && !list) return undefined;
    const total = list ? list.positions.length : this.summaries.length;
    const pageCount = Math.max(1, Math.ceil(total / this.pageSize));
    if (!Number.isInteger(page) || page < 1 || page > pageCount)
      return undefined;
    const from = (page - 1) * this.pageSize;
    const articles = list
      ? list.positions
          .slice(from, from + this.pageSize)
          .map((position) => this.summaries[position] as ArticleSummary)
      : this.summaries.slice(from, from + this.pageSize);
    return {
      total,
      pageCount,
      articles,
      speaker: list ? list.total : null,
      periods: this.periodsOf(key),
    };
  }

  /** A list's months and their counts (`ListPage.periods`); empty for an unknown list. */
  periodsOf(key: string): MonthCount[] {
    let periods = this.periods.get(key);
    if (!periods) {
      const list = key === ALL_ARTICLES ? null : this.lists.get(key);
      periods = monthCounts(
        list
          ? list.positions.map(
              (position) => this.summaries[position]?.date ?? null,
            )
          : this.summaries.map((summary) => summary.date),
      );
      this.periods.set(key, periods);
    }
    return periods;
  }

  /** Each neighbours module's entries (see `neighboursDataPath`), by its path. */
  neighbourChunks(): Map<string, Neighbours> {
    // Made once: the dev server asks for one module at a time.
    if (this.neighbours) return this.neighbours;
    const chunks = new Map<string, Neighbours>();
    this.neighbours = chunks;
    const slugs = this.summaries.map((summary) => summary.slug);
    slugs.forEach((slug, position) => {
      const file = neighboursDataPath(slug);
      let chunk = chunks.get(file);
      if (!chunk) {
        chunk = {};
        chunks.set(file, chunk);
      }
      chunk[slug] = [slugs[position - 1] ?? null, slugs[position + 1] ?? null];
    });
    return chunks;
  }

  /**
   * The pages of each speaker's list, each made when asked for, with a version when the
   * articles have fingerprints (in list order, see `SeedScan`): the speaker's totals and
   * the fingerprints of the page's articles, which with the code (in each fingerprint)
   * are all its module is made from. A build keeps a page whose version did not change
   * without making its module.
   */
  *speakerListSources(
    fingerprints?: readonly string[],
  ): Generator<VersionedSource> {
    for (const [key, { total, positions }] of this.lists) {
      // The page holds the whole list's months too, which its own articles do not give.
      const totals = `${JSON.stringify(total)}\n${JSON.stringify(this.periodsOf(key))}`;
      const version =
        fingerprints &&
        ((page: number): string => {
          const from = (page - 1) * this.pageSize;
          return [
            totals,
            positions.length,
            this.pageSize,
            page,
            ...positions
              .slice(from, from + this.pageSize)
              .map((position) => fingerprints[position]),
          ].join("\n");
        });
      yield* this.listSources(key, version);
    }
  }

  /** A list's pages, each with its version if `version` says it, made when asked for. */
  *listSources(
    key: string,
    version?: (page: number) => string,
  ): Generator<VersionedSource> {
    const pages = this.pageCount(key);
    for (let page = 1; page <= pages; page += 1)
      yield [
        listDataPath(key, page),
        version?.(page),
        () => toModule(this.listPage(key, page)),
      ];
  }
}
