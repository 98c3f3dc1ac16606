import { useSyncExternalStore } from "react";

const subscribe = (): (() => void) => () => {};

/**
 * False while rendering on the server and during hydration, true afterwards. Lets a page
 * render exactly its prerendered HTML first, then apply what only the browser knows
 * (the query string, saved preferences) without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
