import { useCallback, useSyncExternalStore } from "react";

export type Theme = "light" | "dark";

/** localStorage key; `public/theme.js` reads the same key before the first paint. */
export const THEME_KEY = "quote-reader:theme";
const CHANGE_EVENT = "quote-reader:theme-change";

/** The theme in effect: the `dark` class that theme.js or the toggle set. */
function currentTheme(): Theme {
  return document.documentElement.classList.contains("dark") ? "dark" : "light";
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => window.removeEventListener(CHANGE_EVENT, onChange);
}

/**
 * The theme in effect (null while prerendering and hydrating, when it is not known) and a
 * toggle that applies the other theme and remembers it on this device.
 */
export function useTheme(): [Theme | null, () => void] {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => null);
  const toggle = useCallback(() => {
    const next: Theme = currentTheme() === "dark" ? "light" : "dark";
    document.documentElement.classList.toggle("dark", next === "dark");
    try {
      window.localStorage.setItem(THEME_KEY, next);
    } catch {
      // Storage disabled (private mode): the choice lasts for this page only.
    }
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [theme, toggle];
}
