import type { Quote } from "../../model/article.ts";

/** On paper only: each quote's number with its speaker, as footnotes. */
export function PrintFootnotes({ quotes }: { quotes: Quote[] }) {
  if (quotes.length === 0) return null;
  return (
    <section
      aria-label="Quote sources"
      className="hidden print:mt-8 print:block print:border-t print:pt-4"
    >
      <h2 className="text-base font-semibold">Quotes</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
        {quotes.map((quote) => (
          <li key={quote.id}>
            {quote.speaker ?? "Speaker not identified"}
            {quote.cue ? `, ${quote.cue}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
