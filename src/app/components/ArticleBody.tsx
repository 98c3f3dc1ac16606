import type { ReactNode } from "react";
import type { Article, Quote, Span } from "../../model/article.ts";

interface ArticleBodyProps {
  article: Article;
  /** When set, only this speaker's quotes are highlighted. */
  speaker: string | null;
}

type Block =
  | { kind: "paragraph"; index: number; span: Span }
  | { kind: "related"; span: Span };

/**
 * The body paragraphs, with every extracted quote marked and its speaker shown on hover
 * and focus; related-link lines stay where they were, set apart from the text.
 */
export function ArticleBody({ article, speaker }: ArticleBodyProps) {
  const blocks: Block[] = [
    ...article.paragraphs.map((span, index) => ({
      kind: "paragraph" as const,
      index,
      span,
    })),
    ...article.relatedLinks.map((span) => ({ kind: "related" as const, span })),
  ].sort((a, b) => a.span.start - b.span.start);
  return (
    <div className="space-y-5">
      {blocks.map((block) =>
        block.kind === "related" ? (
          <p
            key={block.span.start}
            className="related-link border-y border-stone-200 py-2 font-sans text-sm text-stone-600 dark:border-stone-800 dark:text-stone-400"
          >
            {article.text.slice(block.span.start, block.span.end)}
          </p>
        ) : (
          <p key={block.span.start}>
            {markQuotes(
              article.text,
              block.span,
              article.quotes.filter((quote) => quote.paragraph === block.index),
              speaker,
            )}
          </p>
        ),
      )}
    </div>
  );
}

/** Splits a paragraph into plain runs and `<mark>`ed quotes. */
function markQuotes(
  text: string,
  { start, end }: Span,
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
