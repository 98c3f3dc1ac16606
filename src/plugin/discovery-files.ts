import type { Article } from "../model/article.ts";
import { paths } from "../model/paths.ts";
import type { SpeakerProfile } from "../model/speaker.ts";
import { type SiteAddress, siteFeed, speakerFeed } from "./feeds.ts";
import { sitemapFiles } from "./sitemap.ts";

/**
 * What lets readers and search engines find the site, for a build that knows its
 * address: the Atom feed of the newest articles, each speaker's feed (for those quoted
 * in a dated article), `sitemap.xml` and `robots.txt`. Path -> contents.
 */
export function* discoveryFiles(
  site: SiteAddress,
  content: {
    articles: readonly Article[];
    speakers: readonly SpeakerProfile[];
    listPages: number;
  },
): Generator<[string, string]> {
  const feed = siteFeed(content.articles, site);
  if (feed) yield [paths.feed().slice(1), feed];
  for (const profile of content.speakers) {
    const own = speakerFeed(profile, site);
    if (own) yield [paths.speakerFeed(profile.slug).slice(1), own];
  }
  yield* sitemapFiles(
    {
      pages: content.listPages,
      articles: content.articles,
      speakers: content.speakers.map((profile) => profile.slug),
    },
    site,
  );
}
