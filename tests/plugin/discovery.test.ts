import { describe, expect, it } from "vitest";
import type { Article } from "../../src/model/article.ts";
import type { SpeakerProfile } from "../../src/model/speaker.ts";
import {
  FEED_ENTRIES,
  SPEAKER_FEED_ENTRIES,
  siteFeed,
  speakerFeed,
} from "../../src/plugin/feeds.ts";
import { previewTags } from "../../src/plugin/link-previews.ts";
import { siteOrigin } from "../../src/plugin/site-address.ts";
import { sitemapFiles } from "../../src/plugin/sitemap.ts";
import { resolveOptions } from "../../src/plugin/quote-reader-options.ts";
import { bareArticle } from "../support/bare-article.ts";

const SITE = { origin: "https://news.example", base: "/news/" };
const HOSTILE = `Dam </script><script>alert(1)</script> & "co" <b>`;

function article(slug: string, date: string | null, title = slug): Article {
  return bareArticle(slug, `${slug}.txt`, date, title);
}

describe("siteFeed", () => {
  it("holds the newest dated articles, escaped, and nothing undated", () => {
    const articles = [
      article("b", "2024-03-03T09:00+01:00", HOSTILE),
      ...Array.from({ length: FEED_ENTRIES + 5 }, (_, index) =>
        article(`a${index}`, "2023-01-01"),
      ),
      article("undated", null),
    ];
    const feed = siteFeed(articles, SITE) as string;
    expect(feed.match(/<entry>/g)).toHaveLength(FEED_ENTRIES);
    expect(feed).not.toContain("undated");
    expect(feed).not.toContain("<script>");
    expect(feed).toContain(
      "<title>Dam &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot; &lt;b&gt;</title>",
    );
    // The feed is as new as its newest entry, in UTC: the same articles, the same bytes.
    expect(feed).toContain("<updated>2024-03-03T08:00:00Z</updated>");
    expect(feed).toContain(
      '<link rel="self" type="application/atom+xml" href="https://news.example/news/feed.xml"/>',
    );
  });

  it("is not written when no article is dated", () => {
    expect(siteFeed([article("a", null)], SITE)).toBeUndefined();
  });
});

describe("speakerFeed", () => {
  it("gives each dated quote an entry linking to its place in the article", () => {
    const profile: SpeakerProfile = {
      slug: "jane-roe",
      name: "Jane Roe",
      kind: "person",
      quotes: 3,
      articles: 2,
      roles: [],
      quotedAlongside: [],
      appearances: [
        {
          slug: "harbour",
          title: "Harbour",
          date: "2024-03-03",
          quotes: [{ id: "q-2", text: "It works,", cue: "said" }],
        },
        {
          slug: "old",
          title: "Old",
          date: null,
          quotes: [{ id: "q-1", text: "Undated words", cue: "said" }],
        },
      ],
    };
    const feed = speakerFeed(profile, SITE) as string;
    expect(feed.match(/<entry>/g)).toHaveLength(1);
    expect(feed).toContain(
      "<id>https://news.example/news/articles/harbour/#q-2</id>",
    );
    expect(feed).toContain("<title>“It works”</title>");
    expect(feed).toContain(
      "<summary>“It works” – Jane Roe, in “Harbour”</summary>",
    );
    expect(feed).not.toContain("Undated words");
  });

  it("holds the speaker's newest quotes only", () => {
    const quotes = Array.from({ length: 30 }, (_, index) => ({
      id: `q-${index + 1}`,
      text: `Words ${index + 1}`,
      cue: "said",
    }));
    const feed = speakerFeed(
      {
        slug: "jo",
        name: "Jo",
        kind: "person",
        quotes: 30,
        articles: 1,
        roles: [],
        quotedAlongside: [],
        appearances: [{ slug: "a", title: "A", date: "2024-01-01", quotes }],
      },
      SITE,
    ) as string;
    expect(feed.match(/<entry>/g)).toHaveLength(SPEAKER_FEED_ENTRIES);
  });
});

describe("sitemapFiles", () => {
  const articles = [article("a", "2024-01-15"), article("b", null)];

  it("lists every page, with the articles' dates, and robots.txt points to it", () => {
    const files = new Map(
      sitemapFiles({ pages: 2, articles, speakers: ["jane-roe"] }, SITE),
    );
    expect([...files.keys()]).toEqual(["robots.txt", "sitemap.xml"]);
    expect(files.get("robots.txt")).toContain(
      "Sitemap: https://news.example/news/sitemap.xml",
    );
    const sitemap = files.get("sitemap.xml") as string;
    expect(sitemap.match(/<loc>[^<]+<\/loc>/g)).toEqual([
      "<loc>https://news.example/news/</loc>",
      "<loc>https://news.example/news/page/2/</loc>",
      "<loc>https://news.example/news/articles/a/</loc>",
      "<loc>https://news.example/news/articles/b/</loc>",
      "<loc>https://news.example/news/speakers/</loc>",
      "<loc>https://news.example/news/speakers/jane-roe/</loc>",
    ]);
    expect(sitemap).toContain("<lastmod>2024-01-15T00:00:00Z</lastmod>");
  });

  it("splits into parts under an index past the limit", () => {
    const files = new Map(
      sitemapFiles({ pages: 1, articles, speakers: ["x", "y"] }, SITE, 4),
    );
    expect([...files.keys()]).toEqual([
      "robots.txt",
      "sitemap-1.xml",
      "sitemap-2.xml",
      "sitemap.xml",
    ]);
    expect(files.get("sitemap-1.xml")?.match(/<url>/g)).toHaveLength(4);
    expect(files.get("sitemap-2.xml")?.match(/<url>/g)).toHaveLength(2);
    expect(files.get("sitemap.xml")).toContain(
      '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    );
    expect(files.get("sitemap.xml")).toContain(
      "<loc>https://news.example/news/sitemap-2.xml</loc>",
    );
  });
});

describe("previewTags", () => {
  it("keeps hostile text inert in attributes and in the JSON-LD block", () => {
    const tags = previewTags(
      {
        title: HOSTILE,
        description: HOSTILE,
        about: {
          kind: "article",
          headline: HOSTILE,
          published: "2024-03-03",
          modified: null,
          author: "Jo Roe and Al Poe, Reuters",
          quoted: [{ name: HOSTILE, kind: "person" }],
        },
      },
      { base: "/news/", origin: SITE.origin, path: "/news/articles/a/" },
    ).join("\n");
    expect(tags.match(/<script/g)).toHaveLength(1);
    expect(tags.match(/<\/script>/g)).toHaveLength(1);
    const json = /<script type="application\/ld\+json">(.*)<\/script>/.exec(
      tags,
    )?.[1];
    const data = JSON.parse(json ?? "") as {
      headline: string;
      author: { name: string }[];
    };
    expect(data.headline).toBe(HOSTILE);
    expect(data.author.map((author) => author.name)).toEqual([
      "Jo Roe",
      "Al Poe",
      "Reuters",
    ]);
    expect(tags).toContain(
      '<link rel="canonical" href="https://news.example/news/articles/a/" />',
    );
  });

  it("leaves out the canonical URL and the feed link without the site's address", () => {
    const tags = previewTags(
      {
        title: "T",
        description: "D",
        feed: { title: "F", path: "/feed.xml" },
      },
      { base: "/", origin: undefined, path: "/" },
    ).join("\n");
    expect(tags).not.toContain("canonical");
    expect(tags).not.toContain("og:url");
    expect(tags).not.toContain("alternate");
    expect(tags).toContain('<meta property="og:type" content="website" />');
  });
});

describe("the site's address", () => {
  it("takes an origin with or without the base path", () => {
    const { siteUrl } = resolveOptions({ siteUrl: "https://news.example" });
    expect(siteOrigin(siteUrl, "/news/")).toBe("https://news.example");
    const withBase = resolveOptions({
      siteUrl: "https://news.example/news",
    }).siteUrl;
    expect(siteOrigin(withBase, "/news/")).toBe("https://news.example");
  });

  it("refuses what is not an address, or another path than the base, naming it", () => {
    expect(() => resolveOptions({ siteUrl: "news.example" })).toThrow(
      /must be an http or https URL such as https:\/\/news.example\/, not "news.example"/,
    );
    expect(() => resolveOptions({ siteUrl: "ftp://news.example" })).toThrow(
      /http or https/,
    );
    const other = resolveOptions({ siteUrl: "https://news.example/blog/" });
    expect(() => siteOrigin(other.siteUrl, "/news/")).toThrow(
      "has the path /blog/, but the site is built for the base path /news/",
    );
  });
});
