import type { Article, Quote } from "../model/article.ts";
import type { SpeakerAppearance } from "../model/speaker.ts";
import type { ArticleFile } from "./extraction-cache/article-file.ts";
import { lazyField } from "./lazy-field.ts";

/** Where an appearance's quotes are (their JSON, UTF-8). */
const places = new WeakMap<
  object,
  { file: ArticleFile; offset: number; length: number }
>();

const QUOTES = lazyField<SpeakerAppearance>("quotes", (appearance) => {
  const place = places.get(appearance);
  if (!place) return [];
  return JSON.parse(
    place.file.bytes(place.offset, place.length).toString("utf8"),
  );
});

/**
 * A speaker's appearance in an article as the build keeps it: its quotes written to
 * `file` and read back when asked for (a speaker's page, feed or export), the slug,
 * title and date held. A profile of every speaker holds every attributed quote's text:
 * at 100,000 articles, hundreds of megabytes.
 */
export function storedAppearance(
  file: ArticleFile,
): (appearance: SpeakerAppearance) => SpeakerAppearance {
  return ({ slug, title, date, quotes }) => {
    const bytes = Buffer.from(JSON.stringify(quotes));
    const offset = file.append(bytes);
    const kept = { slug, title, date } as SpeakerAppearance;
    Object.defineProperty(kept, "quotes", QUOTES);
    places.set(kept, { file, offset, length: bytes.length });
    return kept;
  };
}

/**
 * Each speaker's quotes among an article's, as their appearance in it lists them, in one
 * pass. `[{ speaker: "Ann", text: "Hi", confidence: "low", ... }]` -> `Ann -> [{ id,
 * text: "Hi", cue, uncertain: true }]`.
 */
export function quotesBySpeaker(
  quotes: readonly Quote[],
): Map<string, SpeakerAppearance["quotes"]> {
  const bySpeaker = new Map<string, SpeakerAppearance["quotes"]>();
  for (const quote of quotes) {
    if (quote.speaker === null) continue;
    let own = bySpeaker.get(quote.speaker);
    if (!own) {
      own = [];
      bySpeaker.set(quote.speaker, own);
    }
    own.push(
      quote.confidence === "low"
        ? { id: quote.id, text: quote.text, cue: quote.cue, uncertain: true }
        : { id: quote.id, text: quote.text, cue: quote.cue },
    );
  }
  return bySpeaker;
}

/** The article and speaker an appearance's quotes are read from. */
const sources = new WeakMap<object, { article: Article; speaker: string }>();

const ARTICLE_QUOTES = lazyField<SpeakerAppearance>("quotes", (appearance) => {
  const source = sources.get(appearance);
  return source
    ? (quotesBySpeaker(source.article.quotes).get(source.speaker) ?? [])
    : [];
});

/**
 * A speaker's appearance in an article the build keeps stored (see `storedArticle`):
 * its quotes picked from the article's when asked for (a speaker's page, feed or
 * export), so that the appearances of every article can be listed without reading any
 * article's quotes.
 */
export function articleAppearance(
  article: Article,
  speaker: string,
): SpeakerAppearance {
  const { slug, title, date } = article;
  const kept = { slug, title, date } as SpeakerAppearance;
  Object.defineProperty(kept, "quotes", ARTICLE_QUOTES);
  sources.set(kept, { article, speaker });
  return kept;
}
