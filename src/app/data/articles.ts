import { loadData } from "virtual:quote-reader/data";
import type { Article } from "../../model/article.ts";
import {
  ALL_ARTICLES,
  TOP_SPEAKERS_DATA_PATH,
  articleDataPath,
  listDataPath,
  neighboursDataPath,
  speakerKey,
} from "../../model/data-files.ts";
import type { ListPage, Neighbours, SpeakerTotal } from "../../model/list.ts";

export type { ListPage, SpeakerTotal };

/**
 * The articles before and after one in the whole list (newest first), for `j`/`k`:
 * one small module of a few hundred entries. Nulls at either end or for an unknown slug.
 */
export async function loadNeighbours(
  slug: string,
): Promise<[string | null, string | null]> {
  const neighbours = await loadData<Neighbours>(neighboursDataPath(slug));
  return neighbours[slug] ?? [null, null];
}

/** Slugs are `[a-z0-9-]`; anything else in a URL is no article (and no file path). */
const SLUG = /^[a-z0-9-]+$/;

/** A data module that could not be fetched at all: no network, and no copy kept. */
export class OfflineError extends Error {
  constructor(path: string) {
    super(`${path} is not saved for offline reading`);
    this.name = "OfflineError";
  }
}

/**
 * One article's data module, or null for an unknown slug. Throws {@link OfflineError}
 * when the module could not be fetched because the network is down (an article never
 * opened while online), not because there is no such article.
 */
export async function loadArticle(slug: string): Promise<Article | null> {
  if (!SLUG.test(slug)) return null;
  const path = articleDataPath(slug);
  try {
    return await loadData<Article>(path);
  } catch {
    if (await unreachable(path)) throw new OfflineError(path);
    return null;
  }
}

/**
 * Whether the site cannot be reached for `path` at all (a network error, not a 404).
 * Only in the browser: a build's renderer reads modules from disk.
 */
async function unreachable(path: string): Promise<boolean> {
  if (typeof window === "undefined") return false;
  try {
    await fetch(`${import.meta.env.BASE_URL}${path}`, {
      method: "HEAD",
      cache: "no-store",
    });
    return false;
  } catch {
    return true;
  }
}

/**
 * One page of the list (20 summaries), of all articles or of those quoting `speaker`;
 * null for a page or speaker that does not exist. One small module per call.
 */
export async function loadListPage(
  speaker: string | null,
  page: number,
): Promise<ListPage | null> {
  if (!Number.isInteger(page) || page < 1) return null;
  const key = speaker === null ? ALL_ARTICLES : speakerKey(speaker);
  const list = await loadData<ListPage>(listDataPath(key, page)).catch(
    () => null,
  );
  // Two names sharing a key would be caught at build time; this is belt and braces.
  if (list && speaker !== null && list.speaker?.name !== speaker) return null;
  return list;
}

/** The most quoted speakers: what the list shows before the full list has loaded. */
export async function loadTopSpeakers(): Promise<SpeakerTotal[]> {
  return loadData<SpeakerTotal[]>(TOP_SPEAKERS_DATA_PATH);
}
