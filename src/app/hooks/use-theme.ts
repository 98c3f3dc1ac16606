import { useCallback, useEffect } from "react";
import { useHydrated } from "./use-hydrated.ts";
import { useStoredState } from "./use-stored-state.ts";

export type ThemeChoice = "system" | "light" | "dark" | "sepia";
export const THEME_CHOICES: readonly ThemeChoice[] = [
  "system",
  "light",
  "dark",
  "sepia",
];

/**
 * localStorage key. The inline script in `index.html` reads the same key and applies
 * the theme before the first paint, so a dark-theme reader never sees a white flash;
 * inline, it costs no request before the page shows, and the Content-Security-Policy
 * allows it by its hash (src/plugin/csp.ts).
 */
export const THEME_KEY = "quote-reader:theme";

function systemIsDark(): boolean {
  return window.matchMedia("(prefers-color-scheme: dark)").matches;
}

/** Sets the classes the stylesheet themes by: `dark`, `sepia`, or neither. */
function applyTheme(choice: ThemeChoice): void {
  const dark = choice === "dark" || (choice === "system" && systemIsDark());
  document.documentElement.classList.toggle("dark", dark);
  document.documentElement.classList.toggle("sepia", choice === "sepia");
}

/**
 * The reader's theme choice (remembered on this device), whether dark is in effect (null
 * until hydrated, when it is not known), and a setter.
 */
export function useTheme(): {
  choice: ThemeChoice;
  dark: boolean | null;
  setChoice: (next: ThemeChoice) => void;
} {
  const [choice, setChoice] = useStoredState<ThemeChoice>(
    THEME_KEY,
    "system",
    THEME_CHOICES,
  );
  const hydrated = useHydrated();

  useEffect(() => {
    applyTheme(choice);
    if (choice !== "system") return;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = (): void => applyTheme("system");
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, [choice]);

  const dark = hydrated
    ? choice === "dark" || (choice === "system" && systemIsDark())
    : null;
  return {
    choice,
    dark,
    setChoice: useCallback((next: ThemeChoice) => setChoice(next), [setChoice]),
  };
}
