import { type ComponentType, lazy, Suspense } from "react";
import { useHydrated } from "../hooks/use-hydrated.ts";
import type { Utterance } from "../read-aloud-script.ts";

export interface ReadAloudProps {
  /** What to read, memoised (`readingScript`). */
  script: readonly Utterance[];
  /** Whose quotes only, when the speaker filter is set. */
  speaker: string | null;
}

/**
 * The controls' code, loaded only where the browser can speak. A chunk that cannot be
 * loaded (offline, never fetched) shows nothing rather than an error.
 */
const ReadAloudControls = lazy<ComponentType<ReadAloudProps>>(() =>
  import("./ReadAloudControls.tsx").then(
    (module) => ({ default: module.ReadAloudControls }),
    () => ({ default: () => null }),
  ),
);

/**
 * Play/pause for reading the article aloud (or one speaker's quotes), with speed and
 * voice remembered on the device; `l` plays and pauses. Nothing where the browser has
 * no speech synthesis (nor in the prerendered page, which cannot know).
 */
export function ReadAloud(props: ReadAloudProps) {
  const hydrated = useHydrated();
  const supported =
    hydrated &&
    "speechSynthesis" in window &&
    typeof window.SpeechSynthesisUtterance === "function";
  return supported ? (
    <Suspense fallback={null}>
      <ReadAloudControls {...props} />
    </Suspense>
  ) : null;
}
