import type { Quote } from "../../model/article.ts";

/** The panel's quotes: each with its speaker and a link to it in the text. */
export function QuoteList({ quotes }: { quotes: Quote[] }) {
  if (quotes.length === 0) return <p className="text-sm">No quotes.</p>;
  return (
    <ol className="space-y-4">
      {quotes.map((quote) => (
        <li key={quote.id}>
          <blockquote className="border-l-4 border-amber-400 pl-3 font-serif text-[0.95rem] leading-relaxed">
            “{quote.text.trim()}”
          </blockquote>
          <p className="mt-1 flex flex-wrap items-baseline justify-between gap-x-3 pl-4 text-sm">
            <span className="font-medium">
              — {quote.speaker ?? "Speaker not identified"}
            </span>
            <a
              href={`#${quote.id}`}
              className="text-amber-800 underline dark:text-amber-300"
            >
              Show in text
            </a>
          </p>
        </li>
      ))}
    </ol>
  );
}
