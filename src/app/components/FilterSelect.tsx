import { type ReactNode, useId } from "react";

interface FilterSelectProps {
  /** The label shown beside it: `Speaker`, `Period`. */
  label: string;
  /** The first option, which clears the filter: `All speakers`. */
  allLabel: string;
  value: string | null;
  onChange: (value: string | null) => void;
  /** The other options. */
  children: ReactNode;
}

/** A labelled select that narrows a list; its empty first option clears it (null). */
export function FilterSelect({
  label,
  allLabel,
  value,
  onChange,
  children,
}: FilterSelectProps) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(event) => onChange(event.currentTarget.value || null)}
        className="max-w-full min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-900"
      >
        <option value="">{allLabel}</option>
        {children}
      </select>
    </div>
  );
}
