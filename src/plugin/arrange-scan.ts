import { newestFirst } from "../model/dates.ts";
import { withSlug } from "./extraction-cache/stored-article.ts";
import type { SeedScan } from "./seed-store/seed-scan.ts";
import { isIdentifierName, titleSlugs } from "./slugs.ts";

/**
 * The scan as the site shows it: articles whose file name is only an identifier get a
 * slug from their title (`000_73264b24164e66dd.txt` -> `/articles/putin-blames-us-…/`),
 * and every list is newest first, undated last, equal dates in file-name order. The
 * scan's parallel lists (terms, fingerprints, read) follow; the scan given is unchanged.
 */
export function arrangeScan(scan: SeedScan): SeedScan {
  const renamed = readableSlugs(scan);
  const dates = renamed.articles.map((article) => article.date);
  const order = dates.map((_, index) => index);
  // Equal dates keep the scan's file-name order.
  order.sort(
    (a, b) =>
      newestFirst(dates[a] as string | null, dates[b] as string | null) ||
      a - b,
  );
  if (order.every((position, index) => position === index)) return renamed;
  const pick = <T>(list: readonly T[]): T[] =>
    order.map((position) => list[position] as T);
  return {
    ...renamed,
    articles: pick(renamed.articles),
    terms: pick(renamed.terms),
    fingerprints: renamed.fingerprints && pick(renamed.fingerprints),
    read: pick(renamed.read),
  };
}

/** The scan with title slugs for identifier-named files, or the scan itself if none. */
function readableSlugs(scan: SeedScan): SeedScan {
  const named: number[] = [];
  const taken = new Set<string>();
  scan.articles.forEach((article, position) => {
    if (isIdentifierName(article.file)) named.push(position);
    else taken.add(article.slug);
  });
  if (named.length === 0) return scan;
  const slugs = titleSlugs(
    named.map((position) => scan.articles[position] as SeedScan["articles"][0]),
    taken,
  );
  const articles = [...scan.articles];
  const read = [...scan.read];
  const fingerprints = scan.fingerprints && [...scan.fingerprints];
  for (const position of named) {
    const article = articles[position] as SeedScan["articles"][0];
    const slug = slugs.get(article.file) ?? article.slug;
    if (slug === article.slug) continue;
    articles[position] = withSlug(article, slug);
    read[position] = { ...(read[position] as SeedScan["read"][0]), slug };
    // The article's module holds its slug: a new slug is a new module.
    if (fingerprints) fingerprints[position] += `\0${slug}`;
  }
  return { ...scan, articles, read, fingerprints };
}
