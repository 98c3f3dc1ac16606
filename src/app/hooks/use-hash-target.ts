import { useLocation } from "react-router";
import { useHydrated } from "./use-hydrated.ts";

/**
 * The element id named by the URL's hash (`#q-3` -> `q-3`). CSS `:target` does not follow
 * client-side navigation, so the reader highlights this id itself.
 */
export function useHashTarget(): string | null {
  const { hash } = useLocation();
  const hydrated = useHydrated();
  if (!hydrated || hash.length < 2) return null;
  return decodeURIComponent(hash.slice(1));
}
