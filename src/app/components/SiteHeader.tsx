import { Link, NavLink } from "react-router";
import { paths } from "../paths.ts";
import { ThemeToggle } from "./ThemeToggle.tsx";

const navClass = ({ isActive }: { isActive: boolean }): string =>
  `rounded px-2 py-1 text-sm ${isActive ? "font-semibold underline underline-offset-4" : "hover:underline"}`;

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 print:hidden dark:border-stone-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link
          to={paths.home()}
          className="font-serif text-xl font-semibold tracking-tight"
        >
          Quote Reader
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          <NavLink to={paths.home()} end className={navClass}>
            Articles
          </NavLink>
          <NavLink to={paths.speakers()} className={navClass}>
            Speakers
          </NavLink>
        </nav>
        <div className="flex items-center gap-2">
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
