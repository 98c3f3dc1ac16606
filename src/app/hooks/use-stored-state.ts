import { useCallback, useSyncExternalStore } from "react";

const CHANGE_EVENT = "quote-reader:storage";

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener("storage", onChange);
  };
}

/**
 * A string remembered on this device (localStorage), shared by every component that reads
 * the same key. Prerendering and hydration see `fallback`, so the HTML always matches.
 */
export function useStoredState<T extends string>(
  key: string,
  fallback: T,
  allowed: readonly T[],
): [T, (next: T) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => read(key) ?? fallback,
    () => fallback,
  );
  const set = useCallback(
    (next: T) => {
      try {
        window.localStorage.setItem(key, next);
      } catch {
        // Storage disabled (private mode): the choice lasts until the page closes.
      }
      window.dispatchEvent(new Event(CHANGE_EVENT));
    },
    [key],
  );
  return [
    (allowed as readonly string[]).includes(value) ? (value as T) : fallback,
    set,
  ];
}
