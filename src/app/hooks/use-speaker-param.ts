import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { SPEAKER_PARAM } from "../paths.ts";
import { useHydrated } from "./use-hydrated.ts";

/**
 * The speaker filter, kept in the URL (`?speaker=...`) so reload, back/forward and shared
 * links keep it. Null until hydrated, since prerendered pages show every speaker.
 */
export function useSpeakerParam(): [
  string | null,
  (speaker: string | null) => void,
] {
  const hydrated = useHydrated();
  const [params, setParams] = useSearchParams();
  const speaker = hydrated ? params.get(SPEAKER_PARAM) || null : null;
  const setSpeaker = useCallback(
    (next: string | null) => {
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          if (next) updated.set(SPEAKER_PARAM, next);
          else updated.delete(SPEAKER_PARAM);
          return updated;
        },
        { preventScrollReset: true },
      );
    },
    [setParams],
  );
  return [speaker, setSpeaker];
}
