import { forwardRef, useEffect, useId, useState } from "react";
import { Link, useLocation } from "react-router";
import { type SearchHit, prepareSearch, search } from "../data/search.ts";
import { plural } from "../format.ts";
import { highlight } from "../highlight.ts";
import { paths } from "../paths.ts";

const KIND_LABELS: Record<SearchHit["kind"], string> = {
  title: "Article",
  paragraph: "Text",
  quote: "Quote",
  speaker: "Speaker",
};

function hitPath(hit: SearchHit): string {
  if (hit.kind === "speaker") return paths.speaker(hit.slug);
  return hit.anchor
    ? `${paths.article(hit.slug)}#${hit.anchor}`
    : paths.article(hit.slug);
}

/** Search across titles, text, quotes and speakers; results appear as you type. */
export const SearchBox = forwardRef<HTMLInputElement>(
  function SearchBox(_props, inputRef) {
    const [query, setQuery] = useState("");
    const [hits, setHits] = useState<SearchHit[] | null>(null);
    const location = useLocation();
    const id = useId();

    useEffect(() => {
      let current = true;
      search(query).then(
        (found) => current && setHits(query.trim() ? found : null),
        () => current && setHits([]),
      );
      return () => {
        current = false;
      };
    }, [query]);

    const close = (): void => {
      setQuery("");
      setHits(null);
    };

    // Following a result (a new location) closes the results.
    const [seenLocation, setSeenLocation] = useState(location.key);
    if (seenLocation !== location.key) {
      setSeenLocation(location.key);
      setQuery("");
    }

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
          onFocus={prepareSearch}
          onChange={(event) => setQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              close();
              event.currentTarget.blur();
            }
          }}
          className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-900"
        />
        {hits && (
          <section
            aria-label="Search results"
            className="absolute right-0 z-40 mt-1 max-h-[70vh] w-full overflow-y-auto rounded-md border border-stone-300 bg-white p-2 shadow-lg sm:w-[28rem] dark:border-stone-600 dark:bg-stone-900"
          >
            <p
              className="px-2 py-1 text-xs text-stone-600 dark:text-stone-400"
              aria-live="polite"
            >
              {hits.length === 0 ? "No results" : plural(hits.length, "result")}
            </p>
            <ul>
              {hits.map((hit) => (
                <li key={`${hit.kind}:${hit.slug}:${hit.anchor}`}>
                  <Link
                    to={hitPath(hit)}
                    onClick={close}
                    className="block rounded px-2 py-2 hover:bg-stone-100 dark:hover:bg-stone-800"
                  >
                    <span className="text-xs font-semibold tracking-wide text-amber-800 uppercase dark:text-amber-300">
                      {KIND_LABELS[hit.kind]}
                    </span>{" "}
                    <span className="font-medium">
                      <Highlighted text={hit.title} terms={hit.terms} />
                    </span>
                    {hit.text && (
                      <span className="mt-0.5 block text-sm text-stone-700 dark:text-stone-300">
                        <Highlighted text={hit.text} terms={hit.terms} />
                        {hit.kind === "quote" && hit.speaker
                          ? ` — ${hit.speaker}`
                          : ""}
                      </span>
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    );
  },
);

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((fragment, index) =>
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
