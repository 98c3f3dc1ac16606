import type { ReactNode } from "react";
import type { Article, Quote } from "../../model/article.ts";

interface ArticleBodyProps {
  article: Article;
  /** When set, only this speaker's quotes are highlighted. */
  speaker: string | null;
}

/** The body paragraphs, with every extracted quote marked and its speaker on hover/focus. */
export function ArticleBody({ article, speaker }: ArticleBodyProps) {
  return (
    <div className="space-y-5">
      {article.paragraphs.map((paragraph, index) => {
        const quotes = article.quotes.filter(
          (quote) => quote.paragraph === index,
        );
        return (
          <p key={paragraph.start}>
            {markQuotes(
              article.text,
              paragraph.start,
              paragraph.end,
              quotes,
              speaker,
            )}
          </p>
        );
      })}
    </div>
  );
}

/** Splits `text[start, end)` into plain runs and `<mark>`ed quotes. */
function markQuotes(
  text: string,
  start: number,
  end: number,
  quotes: Quote[],
  speaker: string | null,
): ReactNode[] {
  const nodes: ReactNode[] = [];
  let cursor = start;
  for (const quote of quotes) {
    if (quote.start < cursor || quote.end > end) continue;
    nodes.push(text.slice(cursor, quote.start));
    nodes.push(
      <QuoteMark
        key={quote.id}
        quote={quote}
        active={!speaker || quote.speaker === speaker}
      />,
    );
    cursor = quote.end;
  }
  nodes.push(text.slice(cursor, end));
  return nodes;
}

function QuoteMark({ quote, active }: { quote: Quote; active: boolean }) {
  const tipId = `${quote.id}-speaker`;
  return (
    <mark
      id={quote.id}
      tabIndex={0}
      aria-describedby={tipId}
      data-active={active}
      className="quote-mark group relative rounded-sm px-0.5 text-inherit"
    >
      {quote.text}
      <span
        role="tooltip"
        id={tipId}
        className="quote-tip invisible absolute bottom-full left-0 z-10 mb-1 rounded bg-stone-900 px-2 py-1 font-sans text-xs whitespace-nowrap text-white group-hover:visible group-focus:visible dark:bg-stone-100 dark:text-stone-900"
      >
        {quote.speaker ?? "Speaker not identified"}
      </span>
    </mark>
  );
}
