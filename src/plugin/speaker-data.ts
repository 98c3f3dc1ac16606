import type { Article } from "../model/article.ts";
import { SPEAKERS_DATA_PATH, speakerDataPath } from "../model/data-files.ts";
import type { SpeakerProfile, SpeakerSummary } from "../model/speaker.ts";
import { toJsonModule, toModule } from "./site-data.ts";
import type { ArticleFile } from "./extraction-cache/article-file.ts";
import { collectSpeakers, summarizeSpeaker } from "./speakers.ts";
import { storedAppearance } from "./stored-appearance.ts";

/**
 * Speaker profiles of one scan, computed once however many pages ask, as `data/` modules:
 * `data/speakers.js` (everyone, with counts) and `data/speakers/<slug>.js` (one profile,
 * what a speaker page reads). Not bundled: the app's code stays the same size whatever
 * the archive, and a changed quote touches only the modules that hold it.
 */
export class SpeakerData {
  /** Every profile, most quoted first. */
  readonly profiles: readonly SpeakerProfile[];
  private bySlug: Map<string, SpeakerProfile> | undefined;

  /** `spill`: where the appearances' quotes are kept (see `storedAppearance`), if given. */
  constructor(articles: readonly Article[], spill?: ArticleFile) {
    this.profiles = collectSpeakers(articles, spill && storedAppearance(spill));
  }

  /** Every speaker with counts, most quoted first. */
  summaries(): SpeakerSummary[] {
    return this.profiles.map(summarizeSpeaker);
  }

  /** The index module (`data/speakers.js`); profiles are written with their pages. */
  *files(): Generator<[string, string]> {
    yield [SPEAKERS_DATA_PATH, toJsonModule(this.summaries())];
  }

  /** The module at a data path, for the dev server; undefined when there is none. */
  file(dataPath: string): string | undefined {
    if (dataPath === SPEAKERS_DATA_PATH) return toJsonModule(this.summaries());
    const slug = /^data\/speakers\/([a-z0-9-]+)\.js$/.exec(dataPath)?.[1];
    if (!slug) return undefined;
    this.bySlug ??= new Map(
      this.profiles.map((profile) => [profile.slug, profile]),
    );
    const profile = this.bySlug.get(slug);
    return profile && speakerDataPath(slug) === dataPath
      ? toModule(profile)
      : undefined;
  }
}
