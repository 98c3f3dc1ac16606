import { useState } from "react";
import type { SpeakerAppearance } from "../../model/speaker.ts";
import { plural } from "../../model/format.ts";
import { paths } from "../../model/paths.ts";
import { AppLink } from "./AppLink.tsx";
import { ArticleDate } from "./ArticleDate.tsx";
import { ShowMore } from "./ShowMore.tsx";

/**
 * Articles shown at first. A minister quoted in a thousand articles would otherwise make
 * a page of megabytes, slow to load and to build; the rest is a click away.
 */
export const ARTICLES_SHOWN = 20;

/** A speaker's quotes, article by article, each linked to its place in the article. */
export function SpeakerQuotes({
  appearances: all,
}: {
  appearances: SpeakerAppearance[];
}) {
  const [shown, setShown] = useState(ARTICLES_SHOWN);
  const [sureOnly, setSureOnly] = useState(false);
  let unsure = 0;
  for (const appearance of all)
    for (const quote of appearance.quotes) if (quote.uncertain) unsure++;
  const appearances = sureOnly
    ? all
        .map((appearance) => ({
          ...appearance,
          quotes: appearance.quotes.filter((quote) => !quote.uncertain),
        }))
        .filter((appearance) => appearance.quotes.length > 0)
    : all;
  const hidden = appearances.length - shown;
  return (
    <>
      {unsure > 0 && (
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={sureOnly}
            onChange={(event) => setSureOnly(event.target.checked)}
          />
          Leave out {plural(unsure, "quote")} attributed on weak evidence
        </label>
      )}
      {appearances.slice(0, shown).map((appearance) => (
        <article
          key={appearance.slug}
          aria-labelledby={`in-${appearance.slug}`}
          className="space-y-3"
        >
          <h3
            id={`in-${appearance.slug}`}
            className="font-serif text-xl font-semibold"
          >
            <AppLink
              to={paths.article(appearance.slug)}
              className="hover:underline"
            >
              {appearance.title}
            </AppLink>
          </h3>
          <p className="text-sm text-stone-600 dark:text-stone-400">
            <ArticleDate date={appearance.date} />
          </p>
          <ol className="space-y-3">
            {appearance.quotes.map((quote) => (
              <li key={quote.id}>
                <blockquote className="speaker-quote">
                  {`“${quote.text.trim()}”`}
                </blockquote>
                <p className="quote-tools">
                  {quote.uncertain && (
                    <span className="quote-uncertain">Speaker uncertain. </span>
                  )}
                  <AppLink
                    to={paths.quote(appearance.slug, quote.id)}
                    className="quote-tools-link"
                  >
                    Read it in the article
                  </AppLink>
                </p>
              </li>
            ))}
          </ol>
        </article>
      ))}
      {hidden > 0 && (
        <ShowMore
          hidden={hidden}
          step={ARTICLES_SHOWN}
          total={appearances.length}
          noun="article"
          onMore={() => setShown((count) => count + ARTICLES_SHOWN)}
          onAll={() => setShown(appearances.length)}
        />
      )}
    </>
  );
}
