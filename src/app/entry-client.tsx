import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { loadData, onDataChange } from "virtual:quote-reader/data";
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

/**
 * The loader data the page was rendered with: the payload's, plus the data modules it
 * refers to (an article's, preloaded by the page's head).
 */
async function hydrationData(
  payload: HydrationPayload,
): Promise<Record<string, unknown>> {
  const loaderData = { ...payload.loaderData };
  await Promise.all(
    Object.entries(payload.dataRefs ?? {}).map(async ([id, dataPath]) => {
      loaderData[id] = await loadData(dataPath);
    }),
  );
  return loaderData;
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("index.html has no #root element");
  const payload = readPayload();
  let loaderData: Record<string, unknown> | undefined;
  if (payload) {
    try {
      loaderData = await hydrationData(payload);
    } catch (error) {
      // Offline with the data not cached: the prerendered page stays, readable as it is.
      console.warn(
        "The page's data did not load; it stays as rendered.",
        error,
      );
      return;
    }
  }
  const router = createBrowserRouter(routes, {
    basename,
    hydrationData: loaderData ? { loaderData } : undefined,
  });
  // Dev server: an edited seed reloads the page's data in place.
  onDataChange(() => void router.revalidate());
  const app = (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );
  if (loaderData) {
    hydrateRoot(container, app);
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
}

void start();
