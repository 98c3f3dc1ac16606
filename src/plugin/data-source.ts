import type { ArticleSummary } from "../model/article.ts";
import {
  ALL_ARTICLES,
  SPEAKERS_DATA_PATH,
  TOP_SPEAKERS,
  TOP_SPEAKERS_DATA_PATH,
  listDataPath,
} from "../model/data-files.ts";
import type { ListPage, SpeakerTotal } from "../model/list.ts";
import { monthCounts } from "../model/periods.ts";
import type { SpeakerSummary } from "../model/speaker.ts";

/** `Symbol.for` key of the function the server renderer loads data with (see seeds-plugin). */
export const SERVER_DATA_KEY = "quote-reader.data";

/** What every prerendering thread knows: the list's summaries and the speakers' totals. */
export interface SiteIndex {
  summaries: ArticleSummary[];
  /** Totals by name, for the list's speaker control. */
  speakers: SpeakerTotal[];
  /** Everyone with their page's slug, for the speakers index. */
  speakerSummaries: SpeakerSummary[];
  pageSize: number;
}

/**
 * Answers the server renderer's `loadData(path)` while prerendering: the unfiltered list's
 * pages and the speakers from the site index, anything else (the article or speaker being
 * rendered) from `extra`. A prerendered page is never filtered, so speakers' lists are not needed.
 */
export function installServerData(
  index: SiteIndex,
  extra: Map<string, unknown>,
): void {
  const pageCount = Math.max(
    1,
    Math.ceil(index.summaries.length / index.pageSize),
  );
  const lists = new Map<string, unknown>();
  const periods = monthCounts(index.summaries.map((summary) => summary.date));
  for (let page = 1; page <= pageCount; page += 1) {
    const from = (page - 1) * index.pageSize;
    const value: ListPage = {
      total: index.summaries.length,
      pageCount,
      articles: index.summaries.slice(from, from + index.pageSize),
      speaker: null,
      periods,
    };
    lists.set(listDataPath(ALL_ARTICLES, page), value);
  }
  lists.set(TOP_SPEAKERS_DATA_PATH, index.speakers.slice(0, TOP_SPEAKERS));
  lists.set(SPEAKERS_DATA_PATH, index.speakerSummaries);
  (globalThis as Record<symbol, unknown>)[Symbol.for(SERVER_DATA_KEY)] = async (
    dataPath: string,
  ) => {
    if (extra.has(dataPath)) return extra.get(dataPath);
    if (lists.has(dataPath)) return lists.get(dataPath);
    throw new Error(`No data at ${dataPath} while prerendering`);
  };
}
