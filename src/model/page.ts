import type { SpeakerKind } from "./article.ts";

/** Title and description of a page, for `<title>`, meta tags and link previews. */
export interface PageMeta {
  title: string;
  description: string;
  /** What the page is, for previews and structured data (`og:type`, JSON-LD). */
  about?: ArticleAbout | SpeakerAbout;
  /** The Atom feed the page offers (`<link rel="alternate">`), relative to the base. */
  feed?: { title: string; path: string };
}

/** An article's page: `og:type` article, JSON-LD `NewsArticle`. */
export interface ArticleAbout {
  kind: "article";
  headline: string;
  /** `Article.date` and `Article.updated`: ISO 8601, or null. */
  published: string | null;
  modified: string | null;
  /** The byline: `Jo Roe and Al Poe, Reuters`. */
  author: string | null;
  /** Everyone quoted, most quoted first. */
  quoted: { name: string; kind: SpeakerKind }[];
}

/** A speaker's page: JSON-LD `ProfilePage` about a `Person` or an `Organization`. */
export interface SpeakerAbout {
  kind: "speaker";
  name: string;
  speakerKind: SpeakerKind;
  /** Their most frequent role (`Kremlin spokesperson`), or null. */
  role: string | null;
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
