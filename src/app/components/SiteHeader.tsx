import type { RefObject } from "react";
import { AppLink, AppNavLink } from "./AppLink.tsx";
import { paths } from "../../model/paths.ts";
import { SearchBox } from "./SearchBox.tsx";
import { ThemeToggle } from "./ThemeToggle.tsx";

const navClass = ({ isActive }: { isActive: boolean }): string =>
  `rounded px-2 py-1 text-sm ${isActive ? "font-semibold underline underline-offset-4" : "hover:underline"}`;

interface SiteHeaderProps {
  searchRef: RefObject<HTMLInputElement | null>;
  onHelp: () => void;
}

/** Site name, main navigation, search, theme and the shortcut help. */
export function SiteHeader({ searchRef, onHelp }: SiteHeaderProps) {
  return (
    <header className="border-b border-stone-200 print:hidden dark:border-stone-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <AppLink
          to={paths.home()}
          className="font-serif text-xl font-semibold tracking-tight"
        >
          Quote Reader
        </AppLink>
        <nav aria-label="Main" className="flex items-center gap-1">
          <AppNavLink to={paths.home()} end className={navClass}>
            Articles
          </AppNavLink>
          <AppNavLink to={paths.speakers()} className={navClass}>
            Speakers
          </AppNavLink>
        </nav>
        <div className="ml-auto flex w-full items-center gap-2 sm:w-auto">
          <SearchBox ref={searchRef} />
          <button
            type="button"
            onClick={onHelp}
            aria-label="Keyboard shortcuts"
            className="rounded-md border border-stone-300 px-2.5 py-1.5 text-sm dark:border-stone-600"
          >
            ?
          </button>
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
