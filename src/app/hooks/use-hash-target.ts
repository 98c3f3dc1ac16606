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
  return hashId(hash);
}

/**
 * The id a hash names, decoded (`#q%2D3` -> `q-3`); a hash that is no valid escape
 * (`#%`, typed or cut short in a shared link) is taken as written, never an error.
 */
export function hashId(hash: string): string {
  const raw = hash.startsWith("#") ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
