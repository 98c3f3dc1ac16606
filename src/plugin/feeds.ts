import type { Article } from "../model/article.ts";
import { instant } from "../model/dates.ts";
import { paths } from "../model/paths.ts";
import { SITE_NAME } from "../model/site.ts";
import type { SpeakerProfile } from "../model/speaker.ts";
import { escapeHtml } from "./escape.ts";

/** Entries in the site's feed: a feed reader wants what is new, not the archive. */
export const FEED_ENTRIES = 50;

/**
 * Entries in a speaker's feed. Fewer, and each a line of text: thousands of speakers'
 * feeds are thousands of files, written on every build that changes them.
 */
export const SPEAKER_FEED_ENTRIES = 20;

/** A quote's text in an entry's title, cut at a word past this many characters. */
const TITLE_QUOTE_LENGTH = 90;

/** Builds absolute URLs: `https://news.example` + `/news/` + `/articles/x/`. */
export interface SiteAddress {
  origin: string;
  /** Vite's base: `/` or `/news/`. */
  base: string;
}

/** A path of `paths` as an absolute URL: `/articles/x/` -> `https://news.example/news/articles/x/`. */
export function absolute(site: SiteAddress, path: string): string {
  return `${site.origin}${site.base}${path.replace(/^\//, "")}`;
}

interface Entry {
  id: string;
  title: string;
  link: string;
  published: string | null;
  updated: string;
  author: string | null;
  summary: string;
  /** HTML, escaped once more as the element's text; empty for none. */
  content: string;
}

/**
 * The Atom feed of the newest dated articles (undated ones have no place in a feed of
 * what is new), or undefined when no article is dated. `articles` newest first.
 * Each entry: the article's title, link, date, byline, standfirst, and its quotes.
 */
export function siteFeed(
  articles: readonly Article[],
  site: SiteAddress,
): string | undefined {
  const entries: Entry[] = [];
  for (const article of articles) {
    if (entries.length === FEED_ENTRIES || article.date === null) break;
    const link = absolute(site, paths.article(article.slug));
    const quotes = article.quotes
      .slice(0, 10)
      .map(
        (quote) =>
          `<li>“${escapeHtml(quote.text.trim())}”${quote.speaker ? ` – ${escapeHtml(quote.speaker)}` : ""}</li>`,
      )
      .join("");
    entries.push({
      id: link,
      title: article.title,
      link,
      published: instant(article.date),
      updated: instant(article.updated ?? article.date),
      author: article.byline,
      summary: article.standfirst ?? article.title,
      content: `${article.standfirst ? `<p>${escapeHtml(article.standfirst)}</p>` : ""}${quotes ? `<ul>${quotes}</ul>` : ""}`,
    });
  }
  return atomFeed(entries, {
    id: absolute(site, paths.home()),
    title: `${SITE_NAME}: newest articles`,
    self: absolute(site, paths.feed()),
    alternate: absolute(site, paths.home()),
  });
}

/**
 * One speaker's newest quotes as an Atom feed, to follow one voice: each entry a quote
 * with its article's title, linked to its place in the article (`…/articles/x/#q-3`),
 * dated by its article. Only dated articles' quotes; undefined when there are none.
 */
export function speakerFeed(
  profile: SpeakerProfile,
  site: SiteAddress,
): string | undefined {
  const entries: Entry[] = [];
  for (const appearance of profile.appearances) {
    if (appearance.date === null) break;
    for (const quote of appearance.quotes) {
      if (entries.length === SPEAKER_FEED_ENTRIES) break;
      const link = absolute(site, paths.quote(appearance.slug, quote.id));
      const text = quote.text.trim().replace(/,$/, "");
      entries.push({
        id: link,
        title: `“${cut(text, TITLE_QUOTE_LENGTH)}”`,
        link,
        published: null,
        updated: instant(appearance.date),
        author: null,
        summary: `“${text}” – ${profile.name}, in “${appearance.title}”`,
        content: "",
      });
    }
  }
  return atomFeed(entries, {
    id: absolute(site, paths.speaker(profile.slug)),
    title: `${profile.name}: quotes – ${SITE_NAME}`,
    self: absolute(site, paths.speakerFeed(profile.slug)),
    alternate: absolute(site, paths.speaker(profile.slug)),
  });
}

/** `text` up to `length` characters, cut at a word with `…`. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const space = text.lastIndexOf(" ", length);
  return `${text.slice(0, space > 0 ? space : length)}…`;
}

/**
 * An Atom document (RFC 4287): the feed's id, title, self and alternate links, and
 * updated (its newest entry's: the same articles give the same bytes). Undefined
 * without entries.
 */
function atomFeed(
  entries: readonly Entry[],
  feed: { id: string; title: string; self: string; alternate: string },
): string | undefined {
  if (entries.length === 0) return undefined;
  const updated = entries.reduce(
    (latest, entry) => (entry.updated > latest ? entry.updated : latest),
    "",
  );
  const text = (name: string, value: string): string =>
    `<${name}>${escapeHtml(value)}</${name}>`;
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  ${text("id", feed.id)}`,
    `  ${text("title", feed.title)}`,
    `  ${text("updated", updated)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeHtml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeHtml(feed.alternate)}"/>`,
    `  <author>${text("name", SITE_NAME)}</author>`,
    `  ${text("generator", SITE_NAME)}`,
    ...entries.map((entry) =>
      [
        `  <entry>`,
        `    ${text("id", entry.id)}`,
        `    ${text("title", entry.title)}`,
        `    <link rel="alternate" type="text/html" href="${escapeHtml(entry.link)}"/>`,
        entry.published ? `    ${text("published", entry.published)}` : "",
        `    ${text("updated", entry.updated)}`,
        entry.author
          ? `    <author>${text("name", entry.author)}</author>`
          : "",
        `    ${text("summary", entry.summary)}`,
        entry.content
          ? `    <content type="html">${escapeHtml(entry.content)}</content>`
          : "",
        `  </entry>`,
      ]
        .filter(Boolean)
        .join("\n"),
    ),
    `</feed>`,
    "",
  ].join("\n");
}
