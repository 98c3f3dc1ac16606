import { useMemo } from "react";
import { FilterSelect } from "./FilterSelect.tsx";
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
    <FilterSelect
      label="Period"
      allLabel="All dates"
      value={value}
      onChange={onChange}
    >
      {/* A period with no articles in this list, from a shared link, stays shown. */}
      {value && !months.some(([month]) => month.startsWith(value)) && (
        <option value={value}>{formatPeriod(value)} (0)</option>
      )}
      {options}
    </FilterSelect>
  );
}
