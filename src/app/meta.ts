import type { UIMatch } from "react-router";

import type { PageMeta } from "../model/page.ts";
import { SITE_NAME } from "../model/site.ts";

/** Route `handle` that names the page from its loader data. */
export interface MetaHandle {
  meta: (data: unknown) => PageMeta;
}

export { SITE_NAME } from "../model/site.ts";

export const DEFAULT_META: PageMeta = {
  title: SITE_NAME,
  description:
    "News articles with every quote marked and attributed to its speaker.",
};

/** The deepest matched route's meta, else the site's. */
export function metaFromMatches(matches: readonly UIMatch[]): PageMeta {
  for (let index = matches.length - 1; index >= 0; index -= 1) {
    const match = matches[index];
    const handle = match?.handle as Partial<MetaHandle> | undefined;
    if (match && handle?.meta) return handle.meta(match.loaderData);
  }
  return DEFAULT_META;
}
