import type { Article } from "../model/article.ts";
import {
  type SpeakerProfile,
  type SpeakerSummary,
  shardOf,
} from "../model/speaker.ts";
import {
  SPEAKERS_PER_SHARD,
  collectSpeakers,
  summarizeSpeaker,
} from "./speakers.ts";

/** JSON is valid JavaScript; `<` escaped so `</script>` in a name stays inert anywhere. */
export function toJs(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** Speaker profiles of one scan, computed once however many modules ask. */
export class SpeakerModules {
  private readonly profiles: SpeakerProfile[];
  readonly shardCount: number;

  constructor(
    articles: readonly Article[],
    shardModuleId: (shard: number) => string,
  ) {
    this.profiles = collectSpeakers(articles);
    this.shardCount = Math.max(
      1,
      Math.ceil(this.profiles.length / SPEAKERS_PER_SHARD),
    );
    this.shardModuleId = shardModuleId;
  }

  private readonly shardModuleId: (shard: number) => string;

  /** Every speaker with counts, most quoted first. */
  summaries(): SpeakerSummary[] {
    return this.profiles.map(summarizeSpeaker);
  }

  /** Slugs of every speaker page, for prerendering. */
  slugs(): string[] {
    return this.profiles.map((profile) => profile.slug);
  }

  /** `virtual:quote-reader/speakers`: the index page's list and the shard loaders. */
  indexModule(): string {
    const loaders = Array.from(
      { length: this.shardCount },
      (_, shard) =>
        `  () => import(${JSON.stringify(this.shardModuleId(shard))}),`,
    );
    return [
      `export const speakers = ${toJs(this.profiles.map(summarizeSpeaker))};`,
      `export const shardLoaders = [\n${loaders.join("\n")}\n];`,
    ].join("\n");
  }

  /** `virtual:quote-reader/speaker-shard/<n>`: full profiles of the speakers hashed to `n`. */
  shardModule(shard: number): string {
    const entries = this.profiles.filter(
      (profile) => shardOf(profile.slug, this.shardCount) === shard,
    );
    return `export default ${toJs(Object.fromEntries(entries.map((profile) => [profile.slug, profile])))};`;
  }
}
