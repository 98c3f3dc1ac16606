import type { Article } from "../model/article.ts";
import type { SpeakerProfile, SpeakerSummary } from "../model/speaker.ts";
import type { ArticleFile } from "./extraction-cache/article-file.ts";
import { fromCache } from "./extraction-cache/stored-article.ts";
import {
  type SpeakerTally,
  collectSpeakers,
  summarizeSpeaker,
} from "./speakers.ts";
import { storedAppearance } from "./stored-appearance.ts";

/**
 * Speaker profiles of one scan, computed once however many pages ask: what the speakers
 * index (`data/speakers.js`) and each speaker's page (`data/speakers/<slug>.js`) are made
 * from (see data-modules.ts). Not bundled: the app's code stays the same size whatever
 * the archive, and a changed quote touches only the modules that hold it.
 */
export class SpeakerData {
  /** Every profile, most quoted first. */
  readonly profiles: readonly SpeakerProfile[];
  private bySlug: Map<string, SpeakerProfile> | undefined;

  /**
   * `spill`: where the appearances' quotes are kept (see `storedAppearance`), if given;
   * `tallies`: `tallySpeakers` of the same articles, if made. `few`: few speakers'
   * quotes will be asked for (a rebuild's, whose other speakers' files are kept): the
   * appearances in articles from the cache read theirs from the article when asked,
   * instead of every article's quotes being read now.
   */
  constructor(
    articles: readonly Article[],
    spill?: ArticleFile,
    tallies?: ReadonlyMap<string, SpeakerTally>,
    few = false,
  ) {
    this.profiles = collectSpeakers(
      articles,
      spill && storedAppearance(spill),
      tallies,
      few ? fromCache : undefined,
    );
  }

  /** Every speaker with counts, most quoted first. */
  summaries(): SpeakerSummary[] {
    return this.profiles.map(summarizeSpeaker);
  }

  /** The profile of the speaker whose page is `/speakers/<slug>/`; undefined: nobody's. */
  profile(slug: string): SpeakerProfile | undefined {
    this.bySlug ??= new Map(
      this.profiles.map((profile) => [profile.slug, profile]),
    );
    return this.bySlug.get(slug);
  }
}
