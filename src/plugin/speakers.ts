import type { Article } from "../model/article.ts";
import type { SpeakerTotal } from "../model/list.ts";
import {
  bySpeakerRank,
  type SpeakerAppearance,
  type SpeakerProfile,
  type SpeakerSummary,
} from "../model/speaker.ts";
import { speakerRoles } from "./extraction-cache/stored-article.ts";
import { assignSlugs } from "./slugs.ts";
import { articleAppearance, quotesBySpeaker } from "./stored-appearance.ts";

/** How many co-quoted speakers a profile keeps: a page, not a census. */
const ALONGSIDE_LIMIT = 12;

/** A speaker's totals across the articles, and where in them they are quoted. */
export interface SpeakerTally {
  total: SpeakerTotal;
  /** Positions (into the articles given) of the articles quoting them, in order. */
  positions: number[];
}

/**
 * Every speaker's totals (articles quoting them, quotes, the kind their first article
 * gives them) and the articles quoting them, by name, in order of first appearance:
 * the one count of speakers that the list's data and the speakers' profiles share.
 * Rank them with `bySpeakerRank`.
 */
export function tallySpeakers(
  articles: readonly Article[],
): Map<string, SpeakerTally> {
  const byName = new Map<string, SpeakerTally>();
  articles.forEach((article, position) => {
    for (const speaker of article.speakers) {
      let tally = byName.get(speaker.name);
      if (!tally) {
        tally = {
          total: {
            name: speaker.name,
            kind: speaker.kind,
            articles: 0,
            quotes: 0,
          },
          positions: [],
        };
        byName.set(speaker.name, tally);
      }
      tally.total.articles += 1;
      tally.total.quotes += speaker.quotes;
      tally.positions.push(position);
    }
  });
  return byName;
}

/**
 * Gathers every speaker's quotes across the articles into profiles, most quoted first.
 * `[Putin quoted in a and b]` -> `{ name: "Vladimir Putin", articles: 2, appearances: [a, b] }`.
 * Each appearance is what `keep` gives for it (one that holds less, see
 * `storedAppearance`), or, in the articles that `readLater` names, one that picks its
 * quotes from the article's when asked for (`articleAppearance`): a rebuild asks few,
 * and lists the others without reading any article's quotes. `tallies`:
 * {@link tallySpeakers} of the same articles, if made.
 */
export function collectSpeakers(
  articles: readonly Article[],
  keep: (appearance: SpeakerAppearance) => SpeakerAppearance = (appearance) =>
    appearance,
  tallies: ReadonlyMap<string, SpeakerTally> = tallySpeakers(articles),
  readLater: (article: Article) => boolean = () => false,
): SpeakerProfile[] {
  const byName = new Map<string, SpeakerProfile>();
  for (const [name, { total }] of tallies)
    byName.set(name, {
      slug: "",
      name,
      kind: total.kind,
      quotes: total.quotes,
      articles: total.articles,
      roles: [],
      appearances: [],
      quotedAlongside: [],
    });
  const roleCounts = new Map<string, Map<string, number>>();
  const alongside = new Map<string, Map<string, number>>();

  for (const article of articles) {
    const names = article.speakers.map((speaker) => speaker.name);
    const roles = speakerRoles(article);
    const later = readLater(article);
    const quotesBy = later ? undefined : quotesBySpeaker(article.quotes);
    article.speakers.forEach((speaker, position) => {
      byName.get(speaker.name)?.appearances.push(
        later
          ? articleAppearance(article, speaker.name)
          : keep({
              slug: article.slug,
              title: article.title,
              date: article.date,
              quotes: quotesBy?.get(speaker.name) ?? [],
            }),
      );

      const role = roles[position];
      if (role) {
        const counts =
          roleCounts.get(speaker.name) ?? new Map<string, number>();
        counts.set(role, (counts.get(role) ?? 0) + 1);
        roleCounts.set(speaker.name, counts);
      }
      const others = alongside.get(speaker.name) ?? new Map<string, number>();
      for (const other of names)
        if (other !== speaker.name)
          others.set(other, (others.get(other) ?? 0) + 1);
      alongside.set(speaker.name, others);
    });
  }

  // Speaker names become file names; reuse the seed-file slug rules (distinct, URL-safe).
  const slugs = assignSlugs([...byName.keys()].map((name) => `${name}.txt`));
  const slugOf = (name: string): string => slugs.get(`${name}.txt`) ?? name;

  const profiles = [...byName.values()].map((profile) => ({
    ...profile,
    slug: slugOf(profile.name),
    roles: [...(roleCounts.get(profile.name) ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([role]) => role),
    quotedAlongside: [
      ...(alongside.get(profile.name) ?? new Map<string, number>()),
    ]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, ALONGSIDE_LIMIT)
      .map(([name, count]) => ({ slug: slugOf(name), name, articles: count })),
  }));
  return profiles.sort(bySpeakerRank);
}

/** The index entry of a profile. */
export function summarizeSpeaker(profile: SpeakerProfile): SpeakerSummary {
  const { slug, name, kind, quotes, articles } = profile;
  return { slug, name, kind, quotes, articles };
}
