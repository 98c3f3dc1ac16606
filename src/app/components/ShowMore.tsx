import { plural } from "../../model/format.ts";

interface ShowMoreProps {
  /** How many are not shown yet. */
  hidden: number;
  /** How many one click on "Show more" adds, at most. */
  step: number;
  total: number;
  /** What is counted, singular: `quote` (`more quote`, `quotes` follow). */
  noun: string;
  onMore: () => void;
  onAll: () => void;
}

/** "Show 20 more articles" and "Show all 130 articles" under a list shown in part. */
export function ShowMore({
  hidden,
  step,
  total,
  noun,
  onMore,
  onAll,
}: ShowMoreProps) {
  return (
    <p className="flex flex-wrap gap-3 text-sm">
      <button
        type="button"
        className="rounded-md border border-stone-300 px-3 py-1.5 dark:border-stone-600"
        onClick={onMore}
      >
        Show {plural(Math.min(hidden, step), `more ${noun}`)}
      </button>
      <button
        type="button"
        className="rounded-md border border-stone-300 px-3 py-1.5 dark:border-stone-600"
        onClick={onAll}
      >
        Show all {plural(total, noun)}
      </button>
    </p>
  );
}
