import { Link } from "react-router";
import { paths } from "../paths.ts";
import { ThemeToggle } from "./ThemeToggle.tsx";

export function SiteHeader() {
  return (
    <header className="border-b border-stone-200 dark:border-stone-800">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link
          to={paths.home()}
          className="font-serif text-xl font-semibold tracking-tight"
        >
          Quote Reader
        </Link>
        <ThemeToggle />
      </div>
    </header>
  );
}
