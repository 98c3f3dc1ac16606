import { type RefObject, useEffect, useSyncExternalStore } from "react";

/** Scroll events are many; saving the place a few times a second is enough. */
const SAVE_INTERVAL_MS = 400;

const keyOf = (slug: string): string => `quote-reader:position:${slug}`;

/** Where each article was left, as read when it was first opened in this page's life. */
const positionsAtOpen = new Map<string, string | null>();

function readPosition(slug: string): string | null {
  if (!positionsAtOpen.has(slug)) {
    let value: string | null;
    try {
      value = window.localStorage.getItem(keyOf(slug));
    } catch {
      value = null;
    }
    positionsAtOpen.set(slug, value);
  }
  return positionsAtOpen.get(slug) ?? null;
}

const subscribe = (): (() => void) => () => {};

/**
 * Remembers, per article, the first paragraph still on screen (`p-7`), and returns where
 * the reader stopped on a previous visit, so the page can offer to continue there.
 */
export function useReadingPosition(
  slug: string,
  body: RefObject<HTMLElement | null>,
): string | null {
  const previous = useSyncExternalStore(
    subscribe,
    () => readPosition(slug),
    () => null,
  );

  useEffect(() => {
    let timer: number | undefined;
    const onScroll = (): void => {
      if (timer !== undefined) return;
      timer = window.setTimeout(() => {
        timer = undefined;
        const paragraphs =
          body.current?.querySelectorAll<HTMLElement>("[id^='p-']") ?? [];
        const first = [...paragraphs].find(
          (paragraph) => paragraph.getBoundingClientRect().bottom > 0,
        );
        if (!first) return;
        try {
          window.localStorage.setItem(keyOf(slug), first.id);
        } catch {
          // Storage disabled: nothing to remember with.
        }
      }, SAVE_INTERVAL_MS);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.clearTimeout(timer);
    };
  }, [slug, body]);

  return previous && previous !== "p-0" ? previous : null;
}
