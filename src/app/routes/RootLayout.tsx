import { Outlet, ScrollRestoration } from "react-router";
import { SiteHeader } from "../components/SiteHeader.tsx";
import { useDocumentMeta } from "../hooks/use-document-meta.ts";

/** Header, the page, and the document title kept in step on client navigation. */
export function RootLayout() {
  useDocumentMeta();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-20 focus:rounded focus:bg-amber-200 focus:px-3 focus:py-2 focus:text-stone-900"
      >
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <Outlet />
      </main>
      <ScrollRestoration />
    </>
  );
}
