import { useStoredState } from "./use-stored-state.ts";

export type TextSize = "small" | "medium" | "large" | "x-large";
export type LineWidth = "narrow" | "medium" | "wide";

export const TEXT_SIZES: readonly TextSize[] = [
  "small",
  "medium",
  "large",
  "x-large",
];
export const LINE_WIDTHS: readonly LineWidth[] = ["narrow", "medium", "wide"];

/** Text size and line width of the reader, remembered on this device. */
export function useReadingPrefs() {
  const [size, setSize] = useStoredState<TextSize>(
    "quote-reader:text-size",
    "medium",
    TEXT_SIZES,
  );
  const [width, setWidth] = useStoredState<LineWidth>(
    "quote-reader:line-width",
    "medium",
    LINE_WIDTHS,
  );
  return { size, setSize, width, setWidth };
}
