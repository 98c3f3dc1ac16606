import { SPEAKER_PARAM } from "../query-params.ts";
import { useQueryParam } from "./use-query-param.ts";

/** The speaker filter, kept in the URL as `?speaker=...`. */
export function useSpeakerParam(): [
  string | null,
  (speaker: string | null) => void,
] {
  return useQueryParam(SPEAKER_PARAM);
}
