/** Title and description of a page, for `<title>`, meta tags and link previews. */
export interface PageMeta {
  title: string;
  description: string;
}

/** The data a prerendered page hands to the browser so that React can hydrate it. */
export interface HydrationPayload {
  /** The path this HTML was rendered for; a page served for another path renders afresh. */
  path: string;
  /** Each route's loader data, by route id, except those in {@link dataRefs}. */
  loaderData: Record<string, unknown>;
  /**
   * Routes whose loader data is a whole `data/` module (an article, a speaker): route id
   * -> data path. The browser imports the module (preloaded by the page's head) instead of
   * the page carrying the same data a second time.
   */
  dataRefs?: Record<string, string>;
}

/** One route rendered at build time. */
export interface RenderResult {
  status: number;
  html: string;
  meta: PageMeta;
  payload: HydrationPayload;
}
