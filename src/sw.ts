/**
 * The service worker (`sw.js`). `src/plugin/pwa.ts` bundles it after the browser bundle;
 * the build writes `sw-precache.js` last, which this worker imports: the app shell's
 * precache list (the home page as shipped, app code, icons) and the site's version. Any
 * deploy that changes a page or a data module changes that file, so browsers install a
 * new worker; the page offers to reload into it (`registerSW.js` sends `SKIP_WAITING`).
 *
 * Online, readers get what is published: pages and data modules come from the network
 * first (a removed article answers 404), the copies kept only for offline reading. App
 * chunks, named by their contents, come from the cache first. Nothing outside the
 * site's own path (its base) is cached.
 */
import { ExpirationPlugin } from "workbox-expiration";
import {
  cleanupOutdatedCaches,
  PrecacheFallbackPlugin,
  precacheAndRoute,
} from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";

declare const self: ServiceWorkerGlobalScope & {
  /** Set by `sw-precache.js`: the app shell, as Workbox's precache entries. */
  __PRECACHE__?: { url: string; revision: string | null }[];
};

importScripts("sw-precache.js");

/** Runtime caches; any other (an older worker's) is deleted on activation. */
const PAGES = "pages";
const ASSETS = "assets";
const DATA = "site-data";
/** How long a page or data module may take before the offline copy is used. */
const NETWORK_TIMEOUT_SECONDS = 4;

/** The site's own path (`/` or `/news/`): the worker's scope. */
const BASE = new URL(self.registration.scope).pathname;
const ownPath = (url: URL): boolean =>
  url.origin === self.location.origin && url.pathname.startsWith(BASE);

self.addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") void self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  const kept = new Set([PAGES, ASSETS, DATA]);
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => !kept.has(name) && !name.startsWith("workbox-"))
            .map((name) => caches.delete(name)),
        ),
      ),
  );
});

/**
 * The quote exports' folder (`EXPORTS_DIR` of src/model/export-files.ts): opening
 * `exports/quotes.csv` is a navigation, but offline it must never be given the app's
 * page instead of the file.
 */
const EXPORTS = "exports/";

// Pages: fresh from the network when online; the last copy, else the shell, offline.
// Registered before the precache's route, so the home page is fetched too.
registerRoute(
  ({ request, url }) =>
    request.mode === "navigate" &&
    ownPath(url) &&
    !url.pathname.startsWith(`${BASE}${EXPORTS}`),
  new NetworkFirst({
    cacheName: PAGES,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [new PrecacheFallbackPlugin({ fallbackURL: "index.html" })],
  }),
);

// The app shell (revisioned), for offline use and the app's first scripts.
precacheAndRoute(self.__PRECACHE__ ?? []);
cleanupOutdatedCaches();

// App chunks: their names change with their contents.
registerRoute(
  ({ request, url }) =>
    request.method === "GET" &&
    ownPath(url) &&
    url.pathname.startsWith(`${BASE}assets/`),
  new CacheFirst({
    cacheName: ASSETS,
    plugins: [new ExpirationPlugin({ maxEntries: 200 })],
  }),
);

// Data modules and the search index: the network's answer when online.
registerRoute(
  ({ request, url }) => request.method === "GET" && ownPath(url),
  new NetworkFirst({
    cacheName: DATA,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [new ExpirationPlugin({ maxEntries: 5000 })],
  }),
);
