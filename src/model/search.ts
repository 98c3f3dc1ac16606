/** What one search document stands for, and where its link goes. */
export type SearchKind = "title" | "paragraph" | "quote" | "speaker";

/** A search document: a title, paragraph, quote or speaker, with what a result shows. */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  /** Article slug, or speaker slug for `speaker` documents. */
  slug: string;
  /** The article's title, or the speaker's name. */
  title: string;
  /** Element id to open at: `p-3`, `q-2`, or "" for the top. */
  anchor: string;
  text: string;
  speaker: string;
}

/** The MiniSearch settings shared by the build (indexing) and the browser (loading). */
export const SEARCH_OPTIONS = {
  fields: ["title", "text", "speaker"],
  storeFields: ["kind", "slug", "title", "anchor", "text", "speaker"],
} as const;
