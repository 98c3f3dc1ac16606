import type { Quote } from "../../model/article.ts";
import { QuoteActions } from "./QuoteActions.tsx";

interface QuoteListProps {
  quotes: Quote[];
  slug: string;
  title: string;
}

/** The panel's quotes: each with its speaker, a link to it in the text, and tools. */
export function QuoteList({ quotes, slug, title }: QuoteListProps) {
  if (quotes.length === 0) return <p className="text-sm">No quotes.</p>;
  return (
    <ol className="space-y-4">
      {quotes.map((quote) => (
        <li key={quote.id}>
          <blockquote className="panel-quote">{`“${quote.text.trim()}”`}</blockquote>
          <QuoteActions quote={quote} slug={slug} title={title} />
        </li>
      ))}
    </ol>
  );
}
