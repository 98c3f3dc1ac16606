import { createHash } from "node:crypto";

/**
 * The Content-Security-Policy of every built page, as a `<meta>` tag (a static host may
 * not let us set headers). It allows only the site's own files: scripts, styles, images,
 * data modules (the search index's too), the service worker and the web app manifest,
 * and the app template's own inline scripts by their hashes. No other inline script, no
 * `eval`, no WebAssembly, no inline style attribute, nothing from another origin; so even
 * text that slipped into the HTML as markup could not run.
 *
 * `frame-ancestors` is left out: browsers ignore it in a `<meta>` tag and warn.
 */
export function contentSecurityPolicy(
  scriptHashes: readonly string[] = [],
): string {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    ...OTHER_SOURCES,
  ].join("; ");
}

/** What the policy allows besides scripts. */
const OTHER_SOURCES = [
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The hashes (`'sha256-…'`) of the inline classic scripts written in the app's HTML
 * template (`<script>…</script>`, no attributes): its own code, never a seed's text,
 * which the template does not hold.
 */
export function inlineScriptHashes(template: string): string[] {
  return [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) => `'sha256-${createHash("sha256").update(m[1]!).digest("base64")}'`,
  );
}

/** The policy as a tag for `<head>`, before any script, style or link: it only covers what follows it. */
export function cspMetaTag(scriptHashes: readonly string[] = []): string {
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(scriptHashes)}" />`;
}
