/**
 * Where the built site lives: the origin its pages' absolute URLs start with. A page's
 * address is the origin and its path, base included (`https://news.example` +
 * `/news/articles/dam-opens/`).
 */

/**
 * The origin of `siteUrl` for a site built under `base`: the address may give the base
 * path or not (`https://news.example` and `https://news.example/news/` for base `/news/`);
 * any other path is an error naming both.
 */
export function siteOrigin(
  siteUrl: URL | undefined,
  base: string,
): string | undefined {
  if (!siteUrl) return undefined;
  const given = siteUrl.pathname.replace(/\/?$/, "/");
  if (given !== "/" && given !== base)
    throw new Error(
      `The site's address ${siteUrl.href} has the path ${given}, but the site is built for the base path ${base} (BASE_PATH): give the address without a path, or with ${base}`,
    );
  return siteUrl.origin;
}

/** What the build leaves out without the site's address, for its log. */
export const WITHOUT_ADDRESS =
  "No site address (SITE_URL, or quoteReader's siteUrl): left out canonical links and og:url, the Atom feeds and their links, sitemap.xml and robots.txt.";
