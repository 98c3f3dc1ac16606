import type { Article } from "../../model/article.ts";
import { plural } from "../format.ts";
import { PeopleList } from "./PeopleList.tsx";
import { QuoteList } from "./QuoteList.tsx";
import { SpeakerSelect } from "./SpeakerSelect.tsx";

interface QuotePanelProps {
  article: Article;
  speaker: string | null;
  onSpeakerChange: (speaker: string | null) => void;
}

/** The side panel: the article's quotes (filterable by speaker) and its people. */
export function QuotePanel({
  article,
  speaker,
  onSpeakerChange,
}: QuotePanelProps) {
  const quotes = speaker
    ? article.quotes.filter((quote) => quote.speaker === speaker)
    : article.quotes;
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
        <QuoteList quotes={quotes} slug={article.slug} title={article.title} />
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
