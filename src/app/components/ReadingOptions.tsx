import { type ReactNode, useState } from "react";
import {
  LINE_WIDTHS,
  type LineWidth,
  TEXT_SIZES,
  type TextSize,
  useReadingPrefs,
} from "../hooks/use-reading-prefs.ts";
import {
  THEME_CHOICES,
  type ThemeChoice,
  useTheme,
} from "../hooks/use-theme.ts";

const SIZE_LABELS: Record<TextSize, string> = {
  small: "Small",
  medium: "Medium",
  large: "Large",
  "x-large": "Extra large",
};
const WIDTH_LABELS: Record<LineWidth, string> = {
  narrow: "Narrow",
  medium: "Medium",
  wide: "Wide",
};
const THEME_LABELS: Record<ThemeChoice, string> = {
  system: "System",
  light: "Light",
  dark: "Dark",
  sepia: "Sepia",
};

interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}

function ChoiceGroup<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
}: ChoiceGroupProps<T>): ReactNode {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1">
        {options.map((option) => (
          <label key={option} className="flex items-center gap-1 text-sm">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * Text size, line width and theme, remembered on this device. The choices are rendered
 * once the panel is opened: they need the app to work, and left out of every
 * prerendered article they spare it thirty elements.
 */
export function ReadingOptions() {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="rounded-md border border-stone-200 px-3 py-2 font-sans print:hidden dark:border-stone-700"
      onToggle={(event) => setOpen(event.currentTarget.open)}
      // Opened before the app took over the page: its toggle event came too early.
      ref={(node) => {
        if (node?.open) setOpen(true);
      }}
    >
      <summary className="cursor-pointer text-sm font-medium">
        Reading options
      </summary>
      {open && <Choices />}
    </details>
  );
}

function Choices() {
  const { size, setSize, width, setWidth } = useReadingPrefs();
  const { choice, setChoice } = useTheme();
  return (
    <div className="mt-3 space-y-3 pb-1">
      <ChoiceGroup
        legend="Text size"
        name="text-size"
        options={TEXT_SIZES}
        labels={SIZE_LABELS}
        value={size}
        onChange={setSize}
      />
      <ChoiceGroup
        legend="Line width"
        name="line-width"
        options={LINE_WIDTHS}
        labels={WIDTH_LABELS}
        value={width}
        onChange={setWidth}
      />
      <ChoiceGroup
        legend="Theme"
        name="theme"
        options={THEME_CHOICES}
        labels={THEME_LABELS}
        value={choice}
        onChange={setChoice}
      />
    </div>
  );
}
