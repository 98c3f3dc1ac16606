import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { useHydrated } from "./use-hydrated.ts";

/**
 * A view setting kept in the URL (`?speaker=...`, `?view=quotes`) so reload, back/forward
 * and shared links keep it. Null until hydrated: prerendered pages show the default view.
 */
export function useQueryParam(
  name: string,
): [string | null, (value: string | null) => void] {
  const hydrated = useHydrated();
  const [params, setParams] = useSearchParams();
  const value = hydrated ? params.get(name) || null : null;
  const setValue = useCallback(
    (next: string | null) => {
      setParams(
        (previous) => {
          const updated = new URLSearchParams(previous);
          if (next) updated.set(name, next);
          else updated.delete(name);
          return updated;
        },
        { preventScrollReset: true },
      );
    },
    [name, setParams],
  );
  return [value, setValue];
}
