/**
 * Every URL the app links to, built in one place. Paths are relative to the router's
 * basename (`BASE_PATH`); they end in `/` so that a plain static server finds the
 * prerendered `index.html` without a redirect.
 */
export const paths = {
  home: (page = 1): string => (page <= 1 ? "/" : `/page/${page}/`),
  article: (slug: string): string => `/articles/${encodeURIComponent(slug)}/`,
  quote: (slug: string, quoteId: string): string =>
    `${paths.article(slug)}#${quoteId}`,
  speakers: (): string => "/speakers/",
  speaker: (slug: string): string => `/speakers/${encodeURIComponent(slug)}/`,
  withSpeaker: (path: string, speaker: string | null): string =>
    speaker ? `${path}?${new URLSearchParams({ speaker }).toString()}` : path,
} as const;

/** Query parameter that holds the speaker filter. */
export const SPEAKER_PARAM = "speaker";

/**
 * Query parameter that leaves out quotes whose speaker is uncertain: `?sure=1`, beside the
 * speaker filter in the reader.
 */
export const SURE_PARAM = "sure";

/** Query parameter of the reader's view: `?view=quotes` shows only the quotes. */
export const VIEW_PARAM = "view";

/** Articles per page of the list. */
export const PAGE_SIZE = 20;
