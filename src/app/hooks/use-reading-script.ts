import { useMemo } from "react";
import type { Article } from "../../model/article.ts";
import { type Utterance, readingScript } from "../read-aloud-script.ts";
import { shownQuote } from "../speaker-confidence.ts";

/**
 * What reading aloud says on the reader's page: the whole article, or only the quotes
 * the speaker filter shows (`?speaker=Sam+Poe`, without the uncertain ones when
 * `sureOnly`). The same array while none of them changes: a new one stops reading.
 */
export function useReadingScript(
  article: Article,
  speaker: string | null,
  sureOnly: boolean,
): readonly Utterance[] {
  return useMemo(
    () =>
      readingScript(
        article,
        speaker
          ? article.quotes.filter((quote) =>
              shownQuote(quote, speaker, sureOnly),
            )
          : undefined,
      ),
    [article, speaker, sureOnly],
  );
}
