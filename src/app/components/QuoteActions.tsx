import { useState } from "react";
import { useHydrated } from "../hooks/use-hydrated.ts";
import type { Quote } from "../../model/article.ts";
import {
  explainAttribution,
  markdownCitation,
  plainCitation,
} from "../citation.ts";
import { paths } from "../../model/paths.ts";
import { uncertain } from "../speaker-confidence.ts";
import { appHref } from "./AppLink.tsx";

interface QuoteActionsProps {
  quote: Quote;
  slug: string;
  title: string;
}

/**
 * Show in text, copy as a citation (plain or Markdown), and why this speaker: two
 * blocks that follow the quote in its list item.
 */
export function QuoteActions({ quote, slug, title }: QuoteActionsProps) {
  const href = appHref(paths.quote(slug, quote.id));
  const [status, setStatus] = useState("");
  // Copying needs the app: its status line (empty until a copy) comes with it, not
  // with the prerendered page, which holds a dozen elements per quote as it is.
  const hydrated = useHydrated();

  const copy = async (format: "plain" | "markdown"): Promise<void> => {
    const url = new URL(href, window.location.href).href;
    const text =
      format === "plain"
        ? plainCitation(quote, title, url)
        : markdownCitation(quote, title, url);
    try {
      await navigator.clipboard.writeText(text);
      setStatus(format === "plain" ? "Copied" : "Copied as Markdown");
    } catch {
      setStatus("Copying is not allowed here");
    }
  };

  return (
    <>
      <p className="quote-tools-row">
        <span className="font-medium">
          {`— ${quote.speaker ?? "Speaker not identified"}`}
          {uncertain(quote) && (
            <span className="quote-uncertain"> (uncertain)</span>
          )}
        </span>
        <a href={`#${quote.id}`} className="quote-tools-link">
          Show in text
        </a>
        <button type="button" onClick={() => void copy("plain")}>
          Copy quote
        </button>
        <button type="button" onClick={() => void copy("markdown")}>
          Copy as Markdown
        </button>
        {hydrated && (
          <span role="status" className="quote-tools-quiet">
            {status}
          </span>
        )}
      </p>
      <details className="quote-why">
        <summary className="quote-tools-quiet cursor-pointer">
          Why this speaker?
        </summary>
        {explainAttribution(quote)}
      </details>
    </>
  );
}
