import { useRef } from "react";
import { Outlet, ScrollRestoration } from "react-router";
import { AppNavigation } from "../components/AppLink.tsx";
import { ShortcutHelp } from "../components/ShortcutHelp.tsx";
import { SiteHeader } from "../components/SiteHeader.tsx";
import { useDocumentMeta } from "../hooks/use-document-meta.ts";
import { useGlobalShortcuts } from "../hooks/use-global-shortcuts.ts";

/**
 * Header, the page, the shortcut overlay, and the document title kept in step; the
 * app's links below navigate in the app.
 */
export function RootLayout() {
  useDocumentMeta();
  const search = useRef<HTMLInputElement>(null);
  const help = useRef<HTMLDialogElement>(null);
  useGlobalShortcuts({ search, help });
  return (
    <AppNavigation>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-20 focus:rounded focus:bg-amber-200 focus:px-3 focus:py-2 focus:text-stone-900"
      >
        Skip to content
      </a>
      <SiteHeader searchRef={search} onHelp={() => help.current?.showModal()} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        <Outlet />
      </main>
      <ShortcutHelp ref={help} />
      <ScrollRestoration />
    </AppNavigation>
  );
}
