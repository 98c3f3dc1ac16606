import type { HydrationPayload, RenderResult } from "../model/page.ts";
import { cspMetaTag } from "./csp.ts";

/**
 * One prerendered page: the app's HTML template filled with a rendered route (its head,
 * its hydration data, its HTML). Used by the build's thread and the rendering threads.
 */

/** The hydration data's element id, as `src/app/entry-client.tsx` reads it. */
const PAYLOAD_ID = "router-data";

/** Escapes text for HTML text and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** JSON safe inside `<script type="application/json">`: no `</script>` can close it. */
export function scriptJson(value: HydrationPayload): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * Fills the template with one rendered page. `base` is Vite's base without its trailing
 * slash (`` or `/news`), for the preload links of the data modules the page hydrates from.
 */
export function fillTemplate(
  template: string,
  result: RenderResult,
  base: string,
): string {
  const { title, description } = result.meta;
  const preloads = Object.values(result.payload.dataRefs ?? {}).map(
    (dataPath) =>
      `<link rel="modulepreload" href="${escapeHtml(`${base}/${dataPath}`)}" />`,
  );
  const head = [
    cspMetaTag(),
    ...preloads,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:type" content="website" />`,
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
