/**
 * The service worker (`sw.js`). After the browser bundle, `src/build/pwa.ts` bundles it
 * and writes the app shell's precache list in place of `self.__WB_MANIFEST` (it says
 * which files). It does what Workbox's `generateSW` wrote for us before, in the same
 * order: a new version waits for the open tabs to close (or for a `SKIP_WAITING`
 * message), pages are network-first with the shell as the last resort, and everything
 * else the reader fetches is kept as it is used.
 */
import { ExpirationPlugin } from "workbox-expiration";
import {
  cleanupOutdatedCaches,
  PrecacheFallbackPlugin,
  precacheAndRoute,
} from "workbox-precaching";
import { registerRoute } from "workbox-routing";
import { NetworkFirst, StaleWhileRevalidate } from "workbox-strategies";

declare const self: ServiceWorkerGlobalScope;

self.addEventListener("message", (event) => {
  if (event.data?.type === "SKIP_WAITING") void self.skipWaiting();
});

// The app shell: home page, app code and styles, icons, the manifest (revisioned).
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Pages: fresh from the network when online; the last copy, else the shell, offline.
registerRoute(
  ({ request }) => request.mode === "navigate",
  new NetworkFirst({
    cacheName: "pages",
    networkTimeoutSeconds: 4,
    plugins: [new PrecacheFallbackPlugin({ fallbackURL: "index.html" })],
  }),
);

// Article chunks, data modules, the search index: whatever the reader has used.
registerRoute(
  ({ request, sameOrigin }) => sameOrigin && request.method === "GET",
  new StaleWhileRevalidate({
    cacheName: "data",
    plugins: [new ExpirationPlugin({ maxEntries: 5000 })],
  }),
);
