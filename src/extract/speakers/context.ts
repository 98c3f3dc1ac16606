import type { Span } from "../../model/article.ts";
import type {
  OrganisationMention,
  PersonMention,
  PersonRecord,
} from "../people.ts";
import type { QuoteSpan } from "../quotes.ts";
import type { ReadWords } from "./words.ts";

/*
 * What every part of speaker attribution reads: the text, its quotes and people
 * (`Context`), and the cue found beside a quote (`Cue`).
 */

/** A cue beside a quote: its subject's span, its verb (lower case) and the cue as written. */
/** The verb of an `in her words` cue; `resolveSubject` reads `his`/`her` there as `he`/`she`. */
export const IN_WORDS = "in words";

export interface Cue {
  subject: Span;
  verb: string;
  cue: string;
  /** For `…, saying “…”`: the subject is the main clause's, found by mention. */
  participle: boolean;
}

/** The article as attribution reads it, built once by `attributeSpeakers`. */
export interface Context {
  text: string;
  paragraphs: readonly Span[];
  spans: readonly QuoteSpan[];
  people: readonly PersonRecord[];
  /** Person mentions outside quotes, in text order. */
  mentions: readonly PersonMention[];
  /** Organisation mentions outside quotes, in text order. */
  organisations: readonly OrganisationMention[];
  acronyms: Map<string, string>;
  /** Each person's mentions, in text order. */
  mentionsOf: readonly (readonly Span[])[];
  /** Lone word -> people with that surname (or unique first name). */
  aliases: Map<string, number[]>;
  /** Speaker of the quote attributed just before, while attributing in order. */
  lastSpeaker: { name: string; end: number; paragraph: number } | null;
  /** The stretches of text `wordsAt` read last, a ring of `KEPT_READS`. */
  wordCache: ReadWords[];
  /** Where in `wordCache` the next stretch goes. */
  wordSlot: number;
}
