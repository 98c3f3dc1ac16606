import type { Article } from "../model/article.ts";
import { instant } from "../model/dates.ts";
import { paths } from "../model/paths.ts";
import { escapeHtml } from "./escape.ts";
import { absolute, type SiteAddress } from "./feeds.ts";

/** Most URLs one sitemap may list (sitemaps.org); a larger site gets an index. */
export const SITEMAP_LIMIT = 50_000;

/**
 * `sitemap.xml` and `robots.txt` for every page of the site: the list's pages, each
 * article (its `lastmod` the article's date or revision), the speakers index and each
 * speaker's page. More than {@link SITEMAP_LIMIT} URLs: `sitemap.xml` is an index of
 * `sitemap-1.xml`, `sitemap-2.xml`, …. Path -> contents.
 */
export function* sitemapFiles(
  routes: {
    pages: number;
    articles: readonly Article[];
    speakers: readonly string[];
  },
  site: SiteAddress,
  limit = SITEMAP_LIMIT,
): Generator<[string, string]> {
  const urls: [string, string | null][] = [];
  for (let page = 1; page <= routes.pages; page += 1)
    urls.push([absolute(site, paths.home(page)), null]);
  for (const article of routes.articles) {
    const changed = article.updated ?? article.date;
    urls.push([
      absolute(site, paths.article(article.slug)),
      changed && instant(changed),
    ]);
  }
  urls.push([absolute(site, paths.speakers()), null]);
  for (const slug of routes.speakers)
    urls.push([absolute(site, paths.speaker(slug)), null]);

  const sitemap = absolute(site, paths.sitemap());
  yield [
    paths.robots().slice(1),
    `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`,
  ];
  if (urls.length <= limit) {
    yield [paths.sitemap().slice(1), urlSet(urls)];
    return;
  }
  const parts = Math.ceil(urls.length / limit);
  const index: string[] = [];
  for (let part = 1; part <= parts; part += 1) {
    const path = paths.sitemapPart(part);
    index.push(
      `  <sitemap><loc>${escapeHtml(absolute(site, path))}</loc></sitemap>`,
    );
    yield [path.slice(1), urlSet(urls.slice((part - 1) * limit, part * limit))];
  }
  yield [
    paths.sitemap().slice(1),
    [
      `<?xml version="1.0" encoding="utf-8"?>`,
      `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
      ...index,
      `</sitemapindex>`,
      "",
    ].join("\n"),
  ];
}

function urlSet(urls: readonly [string, string | null][]): string {
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...urls.map(
      ([loc, lastmod]) =>
        `  <url><loc>${escapeHtml(loc)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ""}</url>`,
    ),
    `</urlset>`,
    "",
  ].join("\n");
}
