/** Title and description of a page, for `<title>`, meta tags and link previews. */
export interface PageMeta {
  title: string;
  description: string;
}

/** The data a prerendered page hands to the browser so that React can hydrate it. */
export interface HydrationPayload {
  /** The path this HTML was rendered for; a page served for another path renders afresh. */
  path: string;
  loaderData: Record<string, unknown>;
}

/** One route rendered at build time. */
export interface RenderResult {
  status: number;
  html: string;
  meta: PageMeta;
  payload: HydrationPayload;
}
