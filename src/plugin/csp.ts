/**
 * The Content-Security-Policy of every built page, as a `<meta>` tag (a static host may
 * not let us set headers). It allows only the site's own files: scripts, styles, images,
 * data modules (the search index's too), the service worker and the web app manifest. No
 * inline script, no `eval`, no WebAssembly, no inline style attribute, nothing from
 * another origin; so even text that slipped into the HTML as markup could not run.
 *
 * `frame-ancestors` is left out: browsers ignore it in a `<meta>` tag and warn.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** The policy as a tag for `<head>`, before any script, style or link: it only covers what follows it. */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
}
