import type { ArticleAbout, PageMeta, SpeakerAbout } from "../model/page.ts";
import { escapeHtml, scriptJson } from "./escape.ts";

/**
 * The head tags that make a shared link preview well and let search engines and feed
 * readers find their way: description and `og:*`, `twitter:card`, the canonical URL and
 * `og:url` (only with the site's address), the page's feed, and JSON-LD structured data.
 * JSON-LD is a `<script type="application/ld+json">` data block: browsers never run it,
 * so the Content-Security-Policy (no inline script) holds.
 *
 * `origin` is the site's address without the base (`https://news.example`), or
 * undefined when the build was given none; `path` is the page's path with the base
 * (`/news/articles/dam-opens/`), or undefined for a page without an address (404).
 */
export function previewTags(
  meta: PageMeta,
  options: {
    base: string;
    origin: string | undefined;
    path: string | undefined;
  },
): string[] {
  const { title, description, about, feed } = meta;
  const { origin, path, base } = options;
  const url = origin && path !== undefined ? `${origin}${path}` : undefined;
  const tags = [
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:type" content="${about?.kind === "article" ? "article" : about?.kind === "speaker" ? "profile" : "website"}" />`,
    `<meta name="twitter:card" content="summary" />`,
  ];
  if (url)
    tags.push(
      `<link rel="canonical" href="${escapeHtml(url)}" />`,
      `<meta property="og:url" content="${escapeHtml(url)}" />`,
    );
  if (about?.kind === "article") {
    if (about.published)
      tags.push(
        `<meta property="article:published_time" content="${escapeHtml(about.published)}" />`,
      );
    if (about.modified)
      tags.push(
        `<meta property="article:modified_time" content="${escapeHtml(about.modified)}" />`,
      );
  }
  // Feeds are written only when the build knows the site's address (their links must be
  // absolute), so a page links its feed only then.
  if (feed && origin)
    tags.push(
      `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(feed.title)}" href="${escapeHtml(`${base}${feed.path}`)}" />`,
    );
  const data = about && structuredData(about, url);
  if (data)
    tags.push(
      `<script type="application/ld+json">${scriptJson(data)}</script>`,
    );
  return tags;
}

/** schema.org data for an article (`NewsArticle`) or a speaker (`ProfilePage`). */
function structuredData(
  about: ArticleAbout | SpeakerAbout,
  url: string | undefined,
): Record<string, unknown> {
  const link = url ? { url, mainEntityOfPage: url } : {};
  if (about.kind === "speaker")
    return {
      "@context": "https://schema.org",
      "@type": "ProfilePage",
      ...(url ? { url } : {}),
      mainEntity: {
        "@type": about.speakerKind === "person" ? "Person" : "Organization",
        name: about.name,
        ...(about.role ? { jobTitle: about.role } : {}),
      },
    };
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: about.headline,
    ...(about.published ? { datePublished: about.published } : {}),
    ...(about.modified ? { dateModified: about.modified } : {}),
    ...(about.author ? { author: authors(about.author) } : {}),
    ...(about.quoted.length > 0
      ? {
          mentions: about.quoted.map(({ name, kind }) => ({
            "@type": kind === "person" ? "Person" : "Organization",
            name,
          })),
        }
      : {}),
    ...link,
  };
}

/** `"Jo Roe and Al Poe, Reuters"` -> Jo Roe, Al Poe and Reuters as authors. */
function authors(byline: string): { "@type": "Person"; name: string }[] {
  return byline
    .split(/\s*(?:,|&|\band\b)\s*/)
    .filter((name) => name.length > 0)
    .map((name) => ({ "@type": "Person", name }));
}
