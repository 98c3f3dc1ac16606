import { useId, useMemo, useState } from "react";
import { AppLink } from "./AppLink.tsx";
import type { SpeakerSummary } from "../../model/speaker.ts";
import { paths } from "../../model/paths.ts";

type SortKey = "quotes" | "name" | "articles";

/** Rows shown at first; long lists grow on request rather than all at once. */
const PAGE_ROWS = 100;

/** Every speaker with counts: filter by typing, sort by count or name. */
export function SpeakerTable({ speakers }: { speakers: SpeakerSummary[] }) {
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<SortKey>("quotes");
  const [limit, setLimit] = useState(PAGE_ROWS);
  const inputId = useId();

  const rows = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const matching = needle
      ? speakers.filter((speaker) =>
          speaker.name.toLocaleLowerCase().includes(needle),
        )
      : speakers;
    const byName = (a: SpeakerSummary, b: SpeakerSummary): number =>
      a.name.localeCompare(b.name);
    return [...matching].sort((a, b) =>
      sort === "name" ? byName(a, b) : b[sort] - a[sort] || byName(a, b),
    );
  }, [speakers, query, sort]);

  const header = (key: SortKey, label: string, align: string) => (
    <th
      scope="col"
      aria-sort={
        sort === key ? (key === "name" ? "ascending" : "descending") : "none"
      }
      className={align}
    >
      <button
        type="button"
        onClick={() => setSort(key)}
        className="font-semibold underline-offset-2 hover:underline"
      >
        {label}
      </button>
    </th>
  );

  return (
    <section aria-labelledby="all-speakers" className="space-y-3">
      <h2 id="all-speakers" className="text-lg font-semibold">
        Everyone quoted
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="text-sm font-medium">
          Filter speakers
        </label>
        <input
          id={inputId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-900"
        />
      </div>
      <p
        className="text-sm text-stone-600 dark:text-stone-400"
        aria-live="polite"
      >
        {rows.length} of {speakers.length} speakers
      </p>
      <table className="w-full text-sm" aria-labelledby="all-speakers">
        <thead>
          <tr className="border-b border-stone-300 dark:border-stone-700">
            {header("name", "Name", "text-left")}
            {header("quotes", "Quotes", "text-right")}
            {header("articles", "Articles", "text-right")}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, limit).map((speaker) => (
            <tr
              key={speaker.slug}
              className="border-b border-stone-200 dark:border-stone-800"
            >
              <td className="py-1.5 pr-2">
                <AppLink
                  to={paths.speaker(speaker.slug)}
                  className="underline-offset-2 hover:underline"
                >
                  {speaker.name}
                </AppLink>
                {speaker.kind === "organisation" && (
                  <span className="ml-2 text-xs text-stone-600 dark:text-stone-400">
                    organisation
                  </span>
                )}
              </td>
              <td className="text-right tabular-nums">{speaker.quotes}</td>
              <td className="text-right tabular-nums">{speaker.articles}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > limit && (
        <button
          type="button"
          onClick={() => setLimit(limit + PAGE_ROWS)}
          className="text-sm underline"
        >
          Show more speakers
        </button>
      )}
    </section>
  );
}
