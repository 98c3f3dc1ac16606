import MiniSearch from "minisearch";
import type { Article } from "../model/article.ts";
import { SEARCH_OPTIONS, type SearchDocument } from "../model/search.ts";
import type { SpeakerSummary } from "../model/speaker.ts";

/**
 * One search document per title, body paragraph, quote and speaker, so a result can link
 * to the exact place it matched: `/articles/<slug>/#p-3`, `#q-2`, `/speakers/<slug>/`.
 */
export function searchDocuments(
  articles: readonly Article[],
  speakers: readonly SpeakerSummary[],
): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const article of articles) {
    const base = { slug: article.slug, title: article.title, speaker: "" };
    documents.push({
      ...base,
      id: `${article.slug}#`,
      kind: "title",
      anchor: "",
      text: article.standfirst ?? "",
    });
    article.paragraphs.forEach((span, index) => {
      const text = article.text.slice(span.start, span.end);
      documents.push({
        ...base,
        id: `${article.slug}#p-${index}`,
        kind: "paragraph",
        anchor: `p-${index}`,
        text,
      });
    });
    for (const quote of article.quotes) {
      documents.push({
        ...base,
        id: `${article.slug}#${quote.id}`,
        kind: "quote",
        anchor: quote.id,
        text: quote.text,
        speaker: quote.speaker ?? "",
      });
    }
  }
  for (const speaker of speakers) {
    documents.push({
      id: `speaker:${speaker.slug}`,
      kind: "speaker",
      slug: speaker.slug,
      title: speaker.name,
      anchor: "",
      text: "",
      speaker: speaker.name,
    });
  }
  return documents;
}

/** The serialised search index the browser loads on first use. */
export function buildSearchIndex(
  articles: readonly Article[],
  speakers: readonly SpeakerSummary[],
): string {
  const index = new MiniSearch<SearchDocument>({
    ...SEARCH_OPTIONS,
    fields: [...SEARCH_OPTIONS.fields],
    storeFields: [...SEARCH_OPTIONS.storeFields],
  });
  index.addAll(searchDocuments(articles, speakers));
  return JSON.stringify(index);
}
