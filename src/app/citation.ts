import type { Quote } from "../model/article.ts";

/** A quote as a citation: `“…” — Speaker, in “Title”, https://…#q-3`. */
export function plainCitation(
  quote: Quote,
  title: string,
  url: string,
): string {
  return `“${quote.text.trim()}” — ${quote.speaker ?? "unidentified speaker"}, in “${title}”, ${url}`;
}

/** The same citation in Markdown, as a block quote with a link to the article. */
export function markdownCitation(
  quote: Quote,
  title: string,
  url: string,
): string {
  const escapedTitle = title.replace(/([[\]\\])/g, "\\$1");
  const lines = quote.text
    .trim()
    .split("\n")
    .map((line) => `> ${line}`);
  return `${lines.join("\n")}\n>\n> — ${quote.speaker ?? "unidentified speaker"}, [${escapedTitle}](${url})`;
}

/**
 * Why a quote's speaker was chosen, in words a reader can check against the text, and
 * why it may be wrong when the evidence is weak.
 */
export function explainAttribution(quote: Quote): string {
  const reason = chosenBecause(quote);
  return quote.speaker !== null && quote.doubt
    ? `${reason} Uncertain: ${quote.doubt}.`
    : reason;
}

function chosenBecause(quote: Quote): string {
  const cue = quote.cue ? ` (“${quote.cue}”)` : "";
  const who = quote.speaker ?? "nobody";
  switch (quote.method) {
    case "named":
      return `${who} is named beside the quote${cue}.`;
    case "alias":
      return `A short form of the name stands beside the quote${cue}; it refers to ${who}, named earlier.`;
    case "pronoun":
      return `A pronoun beside the quote${cue} refers back to ${who}, the person last named.`;
    case "role":
      return `A role beside the quote${cue} refers to ${who}, introduced earlier with that role.`;
    case "description":
      return `A description beside the quote${cue} refers to ${who}, the one person named just before.`;
    case "continuing":
      return `No cue of its own: it continues the run of quotes by ${who}.`;
    case "nearest":
      return `No cue names a speaker; ${who} is the person named nearest to it.`;
    case "organisation":
      return `The organisation ${who} is reported as saying it${cue}.`;
    case "none":
      return quote.cue
        ? `The cue${cue} names no identifiable speaker, so none is given.`
        : "No cue names a speaker, so none is given.";
  }
}
