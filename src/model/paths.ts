/**
 * Every URL of the site, built in one place: the app links to them and the build
 * prerenders them. Paths are relative to the router's basename (`BASE_PATH`); they end
 * in `/` so that a plain static server finds the prerendered `index.html` without a
 * redirect.
 */
export const paths = {
  home: (page = 1): string => (page <= 1 ? "/" : `/page/${page}/`),
  article: (slug: string): string => `/articles/${encodeURIComponent(slug)}/`,
  quote: (slug: string, quoteId: string): string =>
    `${paths.article(slug)}#${quoteId}`,
  speakers: (): string => "/speakers/",
  speaker: (slug: string): string => `/speakers/${encodeURIComponent(slug)}/`,
  /** The Atom feed of the newest articles. */
  feed: (): string => "/feed.xml",
  /** One speaker's quotes as an Atom feed. */
  speakerFeed: (slug: string): string => `${paths.speaker(slug)}feed.xml`,
  /** The sitemap, or its index when the site has more URLs than one may list. */
  sitemap: (): string => "/sitemap.xml",
  /** A part of a split sitemap: `/sitemap-2.xml`. */
  sitemapPart: (part: number): string => `/sitemap-${part}.xml`,
  robots: (): string => "/robots.txt",
  withSpeaker: (path: string, speaker: string | null): string =>
    speaker ? `${path}?${new URLSearchParams({ speaker }).toString()}` : path,
  /** The list's filters in its URL: `/page/2/?speaker=Jo+Roe&period=2023-10`. */
  withFilters: (
    path: string,
    filters: { speaker: string | null; period: string | null },
  ): string => {
    const query = new URLSearchParams();
    if (filters.speaker) query.set("speaker", filters.speaker);
    if (filters.period) query.set("period", filters.period);
    const search = query.toString();
    return search ? `${path}?${search}` : path;
  },
} as const;

/** Articles per page of the list: the app shows them, the build writes them so. */
export const PAGE_SIZE = 20;
