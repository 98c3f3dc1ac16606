import { useEffect } from "react";
import { useMatches } from "react-router";
import { metaFromMatches } from "../meta.ts";

/** Keeps `<title>` right after client-side navigation; prerendering writes the first one. */
export function useDocumentMeta(): void {
  const matches = useMatches();
  const { title } = metaFromMatches(matches);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
