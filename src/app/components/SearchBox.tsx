import { forwardRef, useEffect, useId, useState } from "react";
import { useLocation, useNavigate } from "react-router";
import type * as SearchData from "../data/search.ts";
import type { SearchHit } from "../data/search.ts";
import { type Results, SearchResults } from "./SearchResults.tsx";
import { stepIndex } from "../step-index.ts";

/**
 * The search code (its query parsing, stemmer and ranking), loaded when the reader first
 * focuses the field rather than with every page.
 */
const loadSearch = (): Promise<typeof SearchData> =>
  import("../data/search.ts");

/**
 * Search across titles, text, quotes and speakers; results appear as you type, as a
 * combobox: arrow keys choose a result, Enter opens it (the first when none is chosen),
 * Escape closes.
 */
export const SearchBox = forwardRef<HTMLInputElement>(
  function SearchBox(_props, inputRef) {
    const [query, setQuery] = useState("");
    const [results, setResults] = useState<Results | null>(null);
    /** The result the arrow keys moved to, for this query; -1: none yet. */
    const [active, setActive] = useState({ query: "", index: -1 });
    const location = useLocation();
    const navigate = useNavigate();
    const id = useId();
    const listId = `${id}-results`;
    const optionId = (index: number): string => `${id}-result-${index}`;

    useEffect(() => {
      let current = true;
      if (query.trim() === "") return;
      loadSearch()
        .then(({ search }) => search(query))
        .then(
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
    const shown: Results | null =
      query.trim() === ""
        ? null
        : results?.query === query
          ? results
          : { query, searching: true };
    const hits: SearchHit[] = shown && "hits" in shown ? shown.hits : [];
    const activeIndex =
      active.query === query && active.index < hits.length ? active.index : -1;
    const open = (hit: SearchHit): void => {
      close();
      void navigate(hit.path);
    };
    const move = (step: 1 | -1): void => {
      if (hits.length === 0) return;
      setActive({ query, index: stepIndex(activeIndex, step, hits.length) });
    };

    return (
      <div role="search" className="relative w-full sm:w-72">
        <label htmlFor={id} className="sr-only">
          Search articles, quotes and speakers
        </label>
        <input
          ref={inputRef}
          id={id}
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={
            activeIndex >= 0 ? optionId(activeIndex) : undefined
          }
          placeholder="Search  ( / )"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onFocus={() => void loadSearch().catch(() => undefined)}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              event.preventDefault();
              move(event.key === "ArrowDown" ? 1 : -1);
            } else if (event.key === "Enter" && hits.length > 0) {
              event.preventDefault();
              open(hits[Math.max(0, activeIndex)] as SearchHit);
            } else if (event.key === "Escape") {
              close();
              event.currentTarget.blur();
            }
          }}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-900"
        />
        {shown && (
          <SearchResults
            results={shown}
            listId={listId}
            optionId={optionId}
            active={activeIndex}
            onOpen={open}
          />
        )}
      </div>
    );
  },
);
