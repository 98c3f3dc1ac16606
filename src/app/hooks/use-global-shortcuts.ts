import type { RefObject } from "react";
import { useMatches, useNavigate } from "react-router";
import { loadNeighbours } from "../data/articles.ts";
import { paths } from "../../model/paths.ts";
import { useShortcuts } from "./use-shortcuts.ts";

interface GlobalShortcutTargets {
  search: RefObject<HTMLInputElement | null>;
  help: RefObject<HTMLDialogElement | null>;
}

/** Moves focus through the list's article links (on pages without a current article). */
function focusListLink(step: 1 | -1): void {
  const links = [
    ...document.querySelectorAll<HTMLAnchorElement>("[data-article-link]"),
  ];
  if (links.length === 0) return;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next =
    current < 0
      ? step === 1
        ? 0
        : links.length - 1
      : Math.min(links.length - 1, Math.max(0, current + step));
  links[next]?.focus();
}

/** `j`/`k` articles, `/` search, `g s` speakers, `?` help: on every page. */
export function useGlobalShortcuts({
  search,
  help,
}: GlobalShortcutTargets): void {
  const navigate = useNavigate();
  const matches = useMatches();
  const slug = matches.find(
    (match) => match.params.slug && match.pathname.includes("/articles/"),
  )?.params.slug;

  // In an article, j/k open the next/previous article of the list (loading its neighbours now).
  const stepArticle = async (step: 1 | -1): Promise<void> => {
    if (!slug) return focusListLink(step);
    // Offline, with the module never fetched: stay on this article.
    const [before, after] = await loadNeighbours(slug).catch(
      () => [null, null] as const,
    );
    const next = step === 1 ? after : before;
    if (next) await navigate(paths.article(next));
  };

  useShortcuts({
    j: () => void stepArticle(1),
    k: () => void stepArticle(-1),
    "/": () => search.current?.focus(),
    "g s": () => void navigate(paths.speakers()),
    "?": () => help.current?.showModal(),
  });
}
