import type { Article, ArticleSummary } from "../model/article.ts";
import {
  ALL_ARTICLES,
  DATA_DIR,
  TOP_SPEAKERS,
  TOP_SPEAKERS_DATA_PATH,
  listDataPath,
  neighboursDataPath,
  speakerKey,
} from "../model/data-files.ts";
import type { ListPage, Neighbours, SpeakerTotal } from "../model/list.ts";
import { type MonthCount, monthCounts } from "../model/periods.ts";
import { bySpeakerRank } from "../model/speaker.ts";
import { summarize } from "./articles.ts";
import type { VersionedSource } from "./output-manifest.ts";

/** JSON is valid JavaScript; `<` escaped so `</script>` in article text stays inert. */
export function toModule(value: unknown): string {
  return jsonModule(JSON.stringify(value));
}

/** {@link toModule} of a value whose JSON the caller has already. */
export function jsonModule(json: string): string {
  return `export default ${json.replace(/</g, "\\u003c")};\n`;
}

/**
 * JSON in ASCII: every other character escaped (`“` as `\u201c`). How the extraction
 * cache stores results, and so how an article's data module is written: the module of an
 * article just extracted (cut from its stored result) and of one loaded from the cache
 * are the same bytes.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NOT_ASCII, escapeCharacter);
}

// DEL too: harmless, and it keeps the test a single range.
const NOT_ASCII = /[\u007f-\uffff]/g;

function escapeCharacter(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** An article's data module: its {@link asciiJson}, or the same JSON given (`articleJson`). */
export function articleModule(article: unknown, json?: string): string {
  return jsonModule(json ?? asciiJson(article));
}

/**
 * Big data parses faster as a JSON string than as an object literal (V8 scans JSON in
 * one pass); used for the modules of thousands of entries.
 */
export function toJsonModule(value: unknown): string {
  const json = JSON.stringify(JSON.stringify(value)).replace(/</g, "\\u003c");
  return `export default JSON.parse(${json});\n`;
}

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
  private readonly lists = new Map<
    string,
    { speaker: SpeakerTotal; positions: number[] }
  >();

  constructor(articles: readonly Article[], pageSize: number) {
    this.pageSize = pageSize;
    this.summaries = articles.map(summarize);
    // By name: each speaker's totals and list, the key computed once per speaker.
    const byName = new Map<
      string,
      { speaker: SpeakerTotal; positions: number[] }
    >();
    articles.forEach((article, position) => {
      for (const speaker of article.speakers) {
        let list = byName.get(speaker.name);
        if (!list) {
          list = {
            speaker: {
              name: speaker.name,
              kind: speaker.kind,
              articles: 0,
              quotes: 0,
            },
            positions: [],
          };
          byName.set(speaker.name, list);
          const key = speakerKey(speaker.name);
          const clash = this.lists.get(key);
          if (clash)
            throw new Error(
              `Speakers "${clash.speaker.name}" and "${speaker.name}" share the data key ${key}`,
            );
          this.lists.set(key, list);
        }
        list.speaker.articles += 1;
        list.speaker.quotes += speaker.quotes;
        list.positions.push(position);
      }
    });
    const totals = [...byName.values()].map(({ speaker }) => speaker);
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
      speaker: list ? list.speaker : null,
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

  /** Every list page's data module, the top speakers and the neighbours: path -> source. */
  *files(): Generator<[string, string]> {
    yield* this.sharedFiles();
    yield* this.speakerListFiles();
  }

  /**
   * The modules prerendered pages read (the top speakers and the pages of the whole
   * list), and the articles' neighbours for `j`/`k`.
   */
  *sharedFiles(): Generator<[string, string]> {
    yield [TOP_SPEAKERS_DATA_PATH, toModule(this.topSpeakers())];
    yield* this.listFiles(ALL_ARTICLES);
    for (const [file, neighbours] of this.neighbourChunks())
      yield [file, toModule(neighbours)];
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

  /** The pages of each speaker's list (only the browser reads them, when filtering). */
  *speakerListFiles(): Generator<[string, string]> {
    for (const key of this.lists.keys()) yield* this.listFiles(key);
  }

  /**
   * {@link speakerListFiles} not made yet, each with a version when the articles have
   * fingerprints (in list order, see `SeedScan`): the speaker's totals and the
   * fingerprints of the page's articles, which with the code (in each fingerprint) are
   * all its module is made from. A build keeps a page whose version did not change
   * without making its module (at 10,000 articles, 0.1 s for thousands of pages).
   */
  *speakerListSources(
    fingerprints?: readonly string[],
  ): Generator<VersionedSource> {
    for (const [key, { speaker, positions }] of this.lists) {
      // The page holds the whole list's months too, which its own articles do not give.
      const totals = `${JSON.stringify(speaker)}\n${JSON.stringify(this.periodsOf(key))}`;
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
  private *listSources(
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

  private *listFiles(key: string): Generator<[string, string]> {
    for (const [file, , contents] of this.listSources(key))
      yield [file, contents()];
  }

  /** The module at a data path, for the dev server; undefined when there is none. */
  file(dataPath: string): string | undefined {
    if (dataPath.startsWith(`${DATA_DIR}/neighbours/`)) {
      const neighbours = this.neighbourChunks().get(dataPath);
      return neighbours ? toModule(neighbours) : undefined;
    }
    if (dataPath === TOP_SPEAKERS_DATA_PATH)
      return toModule(this.topSpeakers());
    const match = /^data\/list\/([a-z0-9-]+)-(\d+)\.js$/.exec(dataPath);
    if (!match) return undefined;
    const page = this.listPage(match[1] as string, Number(match[2]));
    return page ? toModule(page) : undefined;
  }
}
