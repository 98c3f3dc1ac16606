import type { ArticleSummary } from "./article.ts";
import type { MonthCount } from "./periods.ts";
import type { SpeakerSummary } from "./speaker.ts";

/**
 * A speaker's totals across all articles, as the list's data holds them: their entry in
 * the speakers index without the slug of their page.
 */
export type SpeakerTotal = Omit<SpeakerSummary, "slug">;

/** One page of the article list, as its data module holds it. */
export interface ListPage {
  /** Articles in the whole (possibly filtered) list. */
  total: number;
  pageCount: number;
  articles: ArticleSummary[];
  /** For a list narrowed to a speaker: that speaker's totals. */
  speaker: SpeakerTotal | null;
  /**
   * The whole list's months and their counts, newest first (`monthCounts`): what the
   * period filter offers, and where each period's articles are in the list.
   */
  periods: MonthCount[];
}
