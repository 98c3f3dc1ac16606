import type { Article } from "../../model/article.ts";
import { articleExportPath } from "../../model/export-files.ts";
import { plural } from "../../model/format.ts";
import { shownQuote } from "../speaker-confidence.ts";
import { ExportLinks } from "./ExportLinks.tsx";
import { PeopleList } from "./PeopleList.tsx";
import { QuoteList } from "./QuoteList.tsx";
import { SpeakerSelect } from "./SpeakerSelect.tsx";

interface QuotePanelProps {
  article: Article;
  speaker: string | null;
  onSpeakerChange: (speaker: string | null) => void;
  /** Leave out quotes whose speaker is uncertain. */
  sureOnly: boolean;
  onSureOnlyChange: (sureOnly: boolean) => void;
}

/** The side panel: the article's quotes (filterable by speaker) and its people. */
export function QuotePanel({
  article,
  speaker,
  onSpeakerChange,
  sureOnly,
  onSureOnlyChange,
}: QuotePanelProps) {
  const quotes = article.quotes.filter((quote) =>
    shownQuote(quote, speaker, sureOnly),
  );
  const unsure = article.quotes.filter(
    (quote) =>
      (speaker === null || quote.speaker === speaker) &&
      !shownQuote(quote, null, true),
  ).length;
  const options = article.speakers.map((entry) => ({
    name: entry.name,
    detail:
      entry.kind === "organisation"
        ? `organisation, ${plural(entry.quotes, "quote")}`
        : plural(entry.quotes, "quote"),
  }));
  return (
    <aside
      aria-label="Quotes and people"
      id="panel"
      className="space-y-8 text-stone-800 dark:text-stone-200"
    >
      <section aria-labelledby="quotes-heading" className="space-y-4">
        <h2 id="quotes-heading" className="text-lg font-semibold">
          Quotes{" "}
          <span className="font-normal text-stone-600 dark:text-stone-400">
            ({quotes.length})
          </span>
        </h2>
        {options.length > 0 && (
          <SpeakerSelect
            speakers={options}
            value={speaker}
            onChange={onSpeakerChange}
          />
        )}
        {(unsure > 0 || sureOnly) && (
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={sureOnly}
              onChange={(event) => onSureOnlyChange(event.target.checked)}
            />
            Leave out {plural(unsure, "quote")} with an uncertain or no speaker
          </label>
        )}
        <QuoteList quotes={quotes} slug={article.slug} title={article.title} />
        {article.quotes.length > 0 && (
          <ExportLinks
            what="all its quotes"
            path={(format) => articleExportPath(article.slug, format)}
            fileName={`quotes-${article.slug}`}
          />
        )}
      </section>
      <section aria-labelledby="people-heading" className="space-y-4">
        <h2 id="people-heading" className="text-lg font-semibold">
          People
        </h2>
        <PeopleList people={article.people} />
      </section>
    </aside>
  );
}
