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
