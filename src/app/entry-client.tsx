import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { onDataChange } from "virtual:quote-reader/data";
import type { HydrationPayload } from "../model/page.ts";
import { basename, routes } from "./routes.tsx";
import "./styles.css";

/** Id of the `<script type="application/json">` that prerendering writes. */
const PAYLOAD_ID = "router-data";

function readPayload(): HydrationPayload | null {
  const element = document.getElementById(PAYLOAD_ID);
  if (!element?.textContent) return null;
  const payload = JSON.parse(element.textContent) as HydrationPayload;
  // 404.html is served for every unknown path: its HTML belongs to another route.
  return payload.path === window.location.pathname ? payload : null;
}

const payload = readPayload();
const router = createBrowserRouter(routes, {
  basename,
  hydrationData: payload ? { loaderData: payload.loaderData } : undefined,
});
// Dev server: an edited seed reloads the page's data in place.
onDataChange(() => void router.revalidate());
const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const app = (
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>
);

if (payload) {
  hydrateRoot(container, app);
} else {
  container.replaceChildren();
  createRoot(container).render(app);
}
