import type { Fragment, SearchHit } from "../data/search.ts";
import { ArticleDate } from "./ArticleDate.tsx";
import { plural } from "../../model/format.ts";

const KIND_LABELS: Record<SearchHit["kind"], string> = {
  article: "Article",
  paragraph: "Text",
  quote: "Quote",
  speaker: "Speaker",
};

/** Results for one query; results of an earlier query are never shown as current. */
export type Results = { query: string } & (
  { hits: SearchHit[] } | { error: string } | { searching: true }
);

interface SearchResultsProps {
  results: Results;
  /** The listbox's id, which the search field controls. */
  listId: string;
  /** Each option's id: the field points at the active one. */
  optionId: (index: number) => string;
  /** The option arrow keys moved to, or -1. */
  active: number;
  onOpen: (hit: SearchHit) => void;
}

/**
 * The search field's popup: a status line, then the results as a listbox whose active
 * option the field's arrow keys move (the focus stays in the field).
 */
export function SearchResults({
  results,
  listId,
  optionId,
  active,
  onOpen,
}: SearchResultsProps) {
  return (
    <section
      aria-label="Search results"
      className="absolute left-0 z-40 mt-1 max-h-[70vh] w-[calc(100vw-2rem)] overflow-y-auto sm:right-0 sm:left-auto rounded-md border border-stone-300 bg-white p-2 shadow-lg sm:w-[28rem] dark:border-stone-600 dark:bg-stone-900"
    >
      <p
        className="px-2 py-1 text-xs text-stone-600 dark:text-stone-400"
        aria-live="polite"
      >
        {"searching" in results
          ? "Searching…"
          : "error" in results
            ? results.error
            : results.hits.length === 0
              ? "No results"
              : `${plural(results.hits.length, "result")}: arrow keys choose, Enter opens`}
      </p>
      {"hits" in results && results.hits.length > 0 && (
        <ul role="listbox" id={listId} aria-label="Search results">
          {results.hits.map((hit, index) => (
            <li
              key={hit.path}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // The field keeps the focus: a click opens the result, nothing more.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => onOpen(hit)}
              ref={(element) => {
                if (index === active)
                  element?.scrollIntoView?.({ block: "nearest" });
              }}
              className="block cursor-pointer rounded px-2 py-2 hover:bg-stone-100 aria-selected:bg-amber-100 aria-selected:outline-2 aria-selected:outline-amber-700 dark:hover:bg-stone-800 dark:aria-selected:bg-stone-800 dark:aria-selected:outline-amber-300"
            >
              <span className="text-xs font-semibold tracking-wide text-amber-800 uppercase dark:text-amber-300">
                {KIND_LABELS[hit.kind]}
              </span>{" "}
              <span className="font-medium">{hit.title}</span>
              {hit.date !== undefined && (
                <span className="ml-2 text-xs text-stone-600 dark:text-stone-400">
                  <ArticleDate date={hit.date} />
                </span>
              )}
              <span className="mt-0.5 block text-sm text-stone-700 dark:text-stone-300">
                <Highlighted fragments={hit.excerpt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Highlighted({ fragments }: { fragments: Fragment[] }) {
  return (
    <>
      {fragments.map((fragment, index) =>
        fragment.match ? (
          <mark
            key={index}
            className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-800"
          >
            {fragment.text}
          </mark>
        ) : (
          fragment.text
        ),
      )}
    </>
  );
}
