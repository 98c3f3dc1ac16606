import { forwardRef, useEffect, useId, useState } from "react";
import { useLocation } from "react-router";
import { AppLink } from "./AppLink.tsx";
import { ArticleDate } from "./ArticleDate.tsx";
import { type Fragment, type SearchHit, search } from "../data/search.ts";
import { plural } from "../../model/format.ts";

const KIND_LABELS: Record<SearchHit["kind"], string> = {
  article: "Article",
  paragraph: "Text",
  quote: "Quote",
  speaker: "Speaker",
};

/** Results for one query; results of an earlier query are never shown as current. */
type Results = { query: string } & ({ hits: SearchHit[] } | { error: string });

/** Search across titles, text, quotes and speakers; results appear as you type. */
export const SearchBox = forwardRef<HTMLInputElement>(
  function SearchBox(_props, inputRef) {
    const [query, setQuery] = useState("");
    const [results, setResults] = useState<Results | null>(null);
    const location = useLocation();
    const id = useId();

    useEffect(() => {
      let current = true;
      if (query.trim() === "") return;
      search(query).then(
        (hits) => current && setResults({ query, hits }),
        () =>
          current &&
          setResults({
            query,
            error:
              "Search could not load its index. Are you offline? Try again when connected.",
          }),
      );
      return () => {
        current = false;
      };
    }, [query]);

    const close = (): void => {
      setQuery("");
      setResults(null);
    };

    // Following a result (a new location) closes the results.
    const [seenLocation, setSeenLocation] = useState(location.key);
    if (seenLocation !== location.key) {
      setSeenLocation(location.key);
      // Only when open: a filter or a page of the list changes the location too.
      if (query !== "" || results !== null) close();
    }

    // While a new query runs, say so rather than show the last query's results.
    const shown: Results | { query: string; searching: true } | null =
      query.trim() === ""
        ? null
        : results?.query === query
          ? results
          : { query, searching: true };
    return (
      <div role="search" className="relative w-full sm:w-72">
        <label htmlFor={id} className="sr-only">
          Search articles, quotes and speakers
        </label>
        <input
          ref={inputRef}
          id={id}
          type="search"
          placeholder="Search  ( / )"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              close();
              event.currentTarget.blur();
            }
          }}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-900"
        />
        {shown && (
          <section
            aria-label="Search results"
            className="absolute left-0 z-40 mt-1 max-h-[70vh] w-[calc(100vw-2rem)] overflow-y-auto sm:right-0 sm:left-auto rounded-md border border-stone-300 bg-white p-2 shadow-lg sm:w-[28rem] dark:border-stone-600 dark:bg-stone-900"
          >
            <p
              className="px-2 py-1 text-xs text-stone-600 dark:text-stone-400"
              aria-live="polite"
            >
              {"searching" in shown
                ? "Searching…"
                : "error" in shown
                  ? shown.error
                  : shown.hits.length === 0
                    ? "No results"
                    : plural(shown.hits.length, "result")}
            </p>
            {"hits" in shown && (
              <ul>
                {shown.hits.map((hit) => (
                  <li key={hit.path}>
                    <AppLink
                      to={hit.path}
                      onClick={close}
                      className="block rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800"
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
                    </AppLink>
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    );
  },
);

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
