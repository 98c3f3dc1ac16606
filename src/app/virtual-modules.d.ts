declare module "virtual:quote-reader/index" {
  import type { ArticleSummary, SpeakerKind } from "../model/article.ts";
  /** Every article's summary, sorted by file name. */
  export const summaries: ArticleSummary[];
  /** Everyone quoted in any article, most quoted first. */
  export const speakers: {
    name: string;
    kind: SpeakerKind;
    articles: number;
    quotes: number;
  }[];
}

declare module "virtual:quote-reader/loaders" {
  import type { Article } from "../model/article.ts";
  /** One lazily loaded data module per article, by slug. */
  export const articleLoaders: Record<
    string,
    () => Promise<{ default: Article | null }>
  >;
}

declare module "virtual:quote-reader/data" {
  /**
   * The default export of a data module under `data/` (paths in src/model/data-files.ts):
   * fetched by `import()` in the browser, from memory while prerendering. Rejects when
   * there is no such module.
   */
  export function loadData<T>(path: string): Promise<T>;
  /** In dev, calls `listener` when seeds change (after which `loadData` fetches anew). */
  export function onDataChange(listener: () => void): () => void;
}

declare module "virtual:quote-reader/speakers" {
  import type { SpeakerProfile, SpeakerSummary } from "../model/speaker.ts";
  /** Everyone quoted, most quoted first. */
  export const speakers: SpeakerSummary[];
  /** Loaders of the modules holding full profiles; `shardOf(slug, shardLoaders.length)`. */
  export const shardLoaders: (() => Promise<{
    default: Record<string, SpeakerProfile>;
  }>)[];
}
