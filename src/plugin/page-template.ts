import type { RenderResult } from "../model/page.ts";
import { cspMetaTag, inlineScriptHashes } from "./csp.ts";
import { previewTags } from "./link-previews.ts";
import { escapeHtml, scriptJson } from "./escape.ts";

/**
 * One prerendered page: the app's HTML template filled with a rendered route (its head,
 * its hydration data, its HTML). Used by the build's thread and the rendering threads.
 */

/** The hydration data's element id, as `src/app/entry-client.tsx` reads it. */
const PAYLOAD_ID = "router-data";

/** The template's inline script hashes, kept for the template they were made from. */
let hashed: { template: string; hashes: string[] } | null = null;

function scriptHashesOf(template: string): string[] {
  if (hashed?.template !== template)
    hashed = { template, hashes: inlineScriptHashes(template) };
  return hashed.hashes;
}

/**
 * Fills the template with one rendered page. `base` is Vite's base without its trailing
 * slash (`` or `/news`), for the preload links of the data modules the page hydrates
 * from; `origin` the site's address (`https://news.example`), if the build has it, for
 * the page's canonical URL (see `previewTags`).
 */
export function fillTemplate(
  template: string,
  result: RenderResult,
  base: string,
  origin?: string,
): string {
  const { title } = result.meta;
  const preloads = Object.values(result.payload.dataRefs ?? {}).map(
    (dataPath) =>
      `<link rel="modulepreload" href="${escapeHtml(`${base}/${dataPath}`)}" />`,
  );
  const head = [
    cspMetaTag(scriptHashesOf(template)),
    ...preloads,
    ...previewTags(result.meta, {
      base,
      origin,
      path: result.status === 200 ? result.payload.path : undefined,
    }),
  ].join("\n    ");
  const data = `<script type="application/json" id="${PAYLOAD_ID}">${scriptJson(result.payload)}</script>`;
  // The page's HTML last: the other replacements search the small template, not it.
  return template
    .replace(
      /<title>[^<]*<\/title>/,
      () => `<title>${escapeHtml(title)}</title>`,
    )
    .replace("<!--app-head-->", () => head)
    .replace("<!--app-data-->", () => data)
    .replace("<!--app-html-->", () => result.html);
}
