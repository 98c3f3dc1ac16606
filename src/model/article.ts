/**
 * Types shared by the build (Node) and the app (browser).
 *
 * Every offset (`start`, `end`) is a UTF-16 index into `Article.text`, the article's
 * normalized text (BOM removed, line endings as `\n`). For a UTF-8 file with `\n` line
 * endings and no BOM, that is the file's own text.
 */

/** A half-open range `[start, end)` of `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

/** How a quote's speaker was chosen, so a reader can judge the attribution. */
export type AttributionMethod =
  /** The full name stands beside the quote: `“…,” Dmitry Peskov said`. */
  | "named"
  /** A surname or title plus surname: `“…,” Peskov said` / `Mr. Lavrov said`. */
  | "alias"
  /** A pronoun: `“…,” he added`. */
  | "pronoun"
  /** A role noun naming someone already introduced: `the minister said`. */
  | "role"
  /** A description of the one person named just before: `the rookie defenceman said`. */
  | "description"
  /** No cue; the quote continues a run by the speaker established before it. */
  | "continuing"
  /** An organisation speaks: `the Kremlin bemoaned the “…”`. */
  | "organisation"
  /** No cue: the person named nearest the quote, in or just around its sentence; always uncertain. */
  | "nearest"
  /** Nobody identifiable (`a spokesperson said`) or no cue at all. */
  | "none";

export type SpeakerKind = "person" | "organisation";

export interface Quote extends Span {
  /** Stable id, also the element id in the reader: `q-1`, `q-2`, … in text order. */
  id: string;
  /** The words inside the quotation marks, exactly `text.slice(start, end)`. */
  text: string;
  /** Full name of the speaker, or null when nobody identifiable is given. */
  speaker: string | null;
  speakerKind: SpeakerKind | null;
  /** The cue that attributes it (`said`, `told reporters`, `according to`), if any. */
  cue: string | null;
  method: AttributionMethod;
  /**
   * `high` when the cue points to the speaker without doubt; `low` when the evidence is
   * weak (see `doubt`), and always when there is no speaker.
   */
  confidence: "high" | "low";
  /** Why a named speaker may be wrong: `Eva Lind is named just before too`; else null. */
  doubt: string | null;
  /** `partial`: a quoted fragment inside indirect speech. */
  kind: "full" | "partial";
  /** Index into `Article.paragraphs` of the paragraph holding the quote. */
  paragraph: number;
  /** For a quote continued over several paragraphs: the id of the run's first quote. */
  continues: string | null;
}

export interface Person {
  /** Full name as first given: `Dmitry Peskov`. */
  name: string;
  /** Role or title as the text gives it: `Kremlin spokesperson`, or null. */
  role: string | null;
  /** Other forms the text uses for them: `Peskov`, `Mr. Peskov`. */
  aliases: string[];
  /** How many times the text names them (full name, alias). */
  mentions: number;
  /** How many quotes are attributed to them. */
  quotes: number;
}

/** Anyone quoted: a person or an organisation (`the Kremlin`). */
export interface Speaker {
  name: string;
  kind: SpeakerKind;
  quotes: number;
}

/** What extraction makes of one text file. Pure data: serialisable as JSON. */
export interface ExtractedArticle {
  /** The normalized text all offsets point into. */
  text: string;
  title: string;
  standfirst: string | null;
  byline: string | null;
  /**
   * When it was published, as its header says (`Published: 12 Oct 2023, 14:30 BST`), in
   * ISO 8601 with as much as the text gives: `2023-10-12`, `2023-10-12T14:30+01:00`, or
   * `2023-10-12T14:30` for a time whose offset it does not give. Null: undated.
   */
  date: string | null;
  /** A later revision's date (`Updated 13 Oct 2023`), in the same form, or null. */
  updated: string | null;
  /** Body paragraphs in order (title, standfirst, byline and related links excluded). */
  paragraphs: Span[];
  /** Lines pointing to other articles (`Read 'X' - Y`): not body text, not quotes. */
  relatedLinks: Span[];
  quotes: Quote[];
  people: Person[];
  speakers: Speaker[];
  wordCount: number;
}

/** An article as the app receives it: extraction plus where it came from. */
export interface Article extends ExtractedArticle {
  /** URL-safe, stable identifier from the file name: `/articles/<slug>`. */
  slug: string;
  /** The seed file name, relative to the seeds folder. */
  file: string;
  /** Whole minutes at 230 words a minute, at least 1. */
  readingMinutes: number;
}

/** What the article list needs of an article, and nothing more. */
export interface ArticleSummary {
  slug: string;
  title: string;
  standfirst: string | null;
  byline: string | null;
  /** `Article.date`: ISO 8601, or null when undated. */
  date: string | null;
  quoteCount: number;
  /** Names of everyone quoted, most quoted first. */
  speakers: string[];
  readingMinutes: number;
}
