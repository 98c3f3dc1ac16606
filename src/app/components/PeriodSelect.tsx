import { useId, useMemo } from "react";
import {
  type MonthCount,
  formatPeriod,
  yearCounts,
} from "../../model/periods.ts";

interface PeriodSelectProps {
  /** The list's months and their counts, newest first. */
  months: MonthCount[];
  value: string | null;
  onChange: (period: string | null) => void;
}

/**
 * The control labelled "Period": narrows the list to a year or a month, each offered
 * with its count (`2023 (14)`, `October 2023 (4)`).
 */
export function PeriodSelect({ months, value, onChange }: PeriodSelectProps) {
  const id = useId();
  const options = useMemo(
    () =>
      yearCounts(months).map(([year, count]) => (
        <optgroup key={year} label={year}>
          <option value={year}>
            {year} ({count})
          </option>
          {months
            .filter(([month]) => month.startsWith(year))
            .map(([month, inMonth]) => (
              <option key={month} value={month}>
                {formatPeriod(month)} ({inMonth})
              </option>
            ))}
        </optgroup>
      )),
    [months],
  );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Period
      </label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(event) => onChange(event.currentTarget.value || null)}
        className="max-w-full min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-900"
      >
        <option value="">All dates</option>
        {/* A period with no articles in this list, from a shared link, stays shown. */}
        {value && !months.some(([month]) => month.startsWith(value)) && (
          <option value={value}>{formatPeriod(value)} (0)</option>
        )}
        {options}
      </select>
    </div>
  );
}
