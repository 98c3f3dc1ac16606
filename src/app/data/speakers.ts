import {
  type SpeakerProfile,
  type SpeakerSummary,
  shardOf,
} from "../../model/speaker.ts";

/** Everyone quoted across all articles, most quoted first. */
export async function loadSpeakers(): Promise<SpeakerSummary[]> {
  const { speakers } = await import("virtual:quote-reader/speakers");
  return speakers;
}

/** One speaker's profile (loads only the small module that holds it), or null. */
export async function loadSpeaker(
  slug: string,
): Promise<SpeakerProfile | null> {
  const { shardLoaders } = await import("virtual:quote-reader/speakers");
  const load = shardLoaders[shardOf(slug, shardLoaders.length)];
  if (!load) return null;
  const shard = (await load()).default;
  return Object.hasOwn(shard, slug) ? (shard[slug] ?? null) : null;
}
