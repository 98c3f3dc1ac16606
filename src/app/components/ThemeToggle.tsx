import { useTheme } from "../hooks/use-theme.ts";

/** Switches between light and dark; the choice is remembered on this device. */
export function ThemeToggle() {
  const { dark, setChoice } = useTheme();
  return (
    <button
      type="button"
      onClick={() => setChoice(dark ? "light" : "dark")}
      aria-pressed={dark ?? undefined}
      className="rounded-md border border-stone-300 px-3 py-1.5 text-sm whitespace-nowrap dark:border-stone-600"
    >
      Dark theme
    </button>
  );
}
