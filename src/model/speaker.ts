import type { SpeakerKind } from "./article.ts";

/** Someone quoted anywhere in the collection, as the speakers index lists them. */
export interface SpeakerSummary {
  /** URL-safe id: `/speakers/<slug>/`. */
  slug: string;
  name: string;
  kind: SpeakerKind;
  /** Quotes attributed to them across all articles. */
  quotes: number;
  /** Articles that quote them. */
  articles: number;
}

/**
 * The order speakers are ranked in everywhere (the speakers index, the list's Speaker
 * control, the most quoted): most quotes first, ties by name in code-point order, which
 * is the same on every machine (`localeCompare` follows the machine's locale).
 */
export function bySpeakerRank(
  a: { quotes: number; name: string },
  b: { quotes: number; name: string },
): number {
  return (
    b.quotes - a.quotes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/** One article's quotes by a speaker. */
export interface SpeakerAppearance {
  slug: string;
  title: string;
  /** The article's date (`Article.date`), or null when undated. */
  date: string | null;
  quotes: {
    id: string;
    text: string;
    cue: string | null;
    /** Present when the speaker was named on weak evidence (`Quote.confidence` low). */
    uncertain?: true;
  }[];
}

/** Everything a speaker page shows. */
export interface SpeakerProfile extends SpeakerSummary {
  /** Roles the articles give them (`Kremlin spokesperson`), most frequent first. */
  roles: string[];
  /** Articles quoting them, in the list's order. */
  appearances: SpeakerAppearance[];
  /** Others quoted in the same articles, most shared articles first. */
  quotedAlongside: { slug: string; name: string; articles: number }[];
}
