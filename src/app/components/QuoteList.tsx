import { memo, startTransition, useEffect, useState } from "react";
import type { Quote } from "../../model/article.ts";
import { QuoteActions } from "./QuoteActions.tsx";
import { ShowMore } from "./ShowMore.tsx";

/**
 * Quotes the panel lists at first. A transcript with thousands of quotes would otherwise
 * make a page of tens of megabytes (each quote brings its tools); the rest is a click
 * away, and every quote stays marked in the text.
 */
export const QUOTES_SHOWN = 40;

/** "Show all" adds this many quotes a step, each a transition: the page stays usable. */
const QUOTES_PER_STEP = 1000;

interface QuoteListProps {
  quotes: Quote[];
  slug: string;
  title: string;
}

/** The panel's quotes: each with its speaker, a link to it in the text, and tools. */
export function QuoteList({ quotes, slug, title }: QuoteListProps) {
  // Where each shown run of quotes ends: the first, then one per "Show more" or "Show all".
  const [ends, setEnds] = useState<number[]>([QUOTES_SHOWN]);
  // How many "Show all" asked for; reached a step at a time.
  const [wanted, setWanted] = useState(QUOTES_SHOWN);
  const shown = Math.min(ends.at(-1) ?? QUOTES_SHOWN, quotes.length);
  useEffect(() => {
    if (shown >= Math.min(wanted, quotes.length)) return;
    const timer = window.setTimeout(() =>
      startTransition(() =>
        setEnds((list) => [
          ...list,
          Math.min(shown + QUOTES_PER_STEP, wanted, quotes.length),
        ]),
      ),
    );
    return () => window.clearTimeout(timer);
  }, [shown, wanted, quotes.length]);
  if (quotes.length === 0) return <p className="text-sm">No quotes.</p>;
  const hidden = quotes.length - shown;
  const runs = ends
    .map((end, index) => [index === 0 ? 0 : (ends[index - 1] ?? 0), end])
    .filter(([from]) => (from ?? 0) < quotes.length);
  return (
    <>
      {/* A list per run: showing thousands more places one new list, not thousands of
          items each after the last (which React does in quadratic time). */}
      {runs.map(([from = 0, end = 0]) => (
        <QuoteRun
          key={from}
          quotes={quotes}
          from={from}
          end={end}
          slug={slug}
          title={title}
        />
      ))}
      {hidden > 0 && wanted <= shown && (
        <ShowMore
          hidden={hidden}
          step={QUOTES_SHOWN}
          total={quotes.length}
          noun="quote"
          onMore={() => setEnds((list) => [...list, shown + QUOTES_SHOWN])}
          onAll={() => setWanted(quotes.length)}
        />
      )}
    </>
  );
}

/**
 * One run of the panel's quotes, `quotes[from, end)`, as a list numbered from `from + 1`.
 * Memoized: growing the panel renders only the new run.
 */
const QuoteRun = memo(function QuoteRun({
  quotes,
  from,
  end,
  slug,
  title,
}: QuoteListProps & { from: number; end: number }) {
  return (
    <ol
      start={from + 1}
      className="space-y-4 [&+&]:mt-4"
      data-long={quotes.length > QUOTES_PER_STEP || undefined}
    >
      {quotes.slice(from, end).map((quote) => (
        <li key={quote.id}>
          <blockquote className="panel-quote">{`“${quote.text.trim()}”`}</blockquote>
          <QuoteActions quote={quote} slug={slug} title={title} />
        </li>
      ))}
    </ol>
  );
});
