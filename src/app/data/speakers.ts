import { loadData } from "virtual:quote-reader/data";
import { SPEAKERS_DATA_PATH, speakerDataPath } from "../../model/data-files.ts";
import type { SpeakerProfile, SpeakerSummary } from "../../model/speaker.ts";

/** Everyone quoted across all articles, most quoted first. */
export async function loadSpeakers(): Promise<SpeakerSummary[]> {
  return loadData<SpeakerSummary[]>(SPEAKERS_DATA_PATH);
}

/** Speaker slugs are `[a-z0-9-]`; anything else in a URL is nobody (and no file path). */
const SLUG = /^[a-z0-9-]+$/;

/** One speaker's profile (its own small data module), or null for an unknown slug. */
export async function loadSpeaker(
  slug: string,
): Promise<SpeakerProfile | null> {
  if (!SLUG.test(slug)) return null;
  return loadData<SpeakerProfile>(speakerDataPath(slug)).catch(() => null);
}
