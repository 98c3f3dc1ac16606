import type { ArticleSummary, SpeakerKind } from "./article.ts";
import type { MonthCount } from "./periods.ts";

/** A speaker's totals across all articles. */
export interface SpeakerTotal {
  name: string;
  kind: SpeakerKind;
  articles: number;
  quotes: number;
}

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
