import {
  SPEAKERS_DATA_PATH,
  TOP_SPEAKERS,
  TOP_SPEAKERS_DATA_PATH,
} from "../model/data-files.ts";
import type { SpeakerTotal } from "../model/list.ts";
import type { SpeakerSummary } from "../model/speaker.ts";

/** `Symbol.for` key of the function the server renderer loads data with (see seeds-plugin). */
export const SERVER_DATA_KEY = "quote-reader.data";

/**
 * What every prerendering thread knows: the speakers' totals. The list's pages come with
 * the jobs that render them, so that no thread holds every article's summary.
 */
export interface SiteIndex {
  /** Totals by name, for the list's speaker control. */
  speakers: SpeakerTotal[];
  /** Everyone with their page's slug, for the speakers index. */
  speakerSummaries: SpeakerSummary[];
}

/**
 * Answers the server renderer's `loadData(path)` while prerendering: the speakers from
 * the site index, anything else (the list page, article or speaker being rendered)
 * from `extra`. A prerendered page is never filtered, so speakers' lists are not needed.
 */
export function installServerData(
  index: SiteIndex,
  extra: Map<string, unknown>,
): void {
  const lists = new Map<string, unknown>();
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
