import { useEffect } from "react";
import { useShortcuts } from "../hooks/use-shortcuts.ts";
import { useSpeech } from "../hooks/use-speech.ts";
import { useStoredState } from "../hooks/use-stored-state.ts";
import { useVoices } from "../hooks/use-voices.ts";
import type { ReadAloudProps } from "./ReadAloud.tsx";

/** Speeds offered, as stored. */
const RATES = ["0.75", "1", "1.25", "1.5", "2"] as const;
type Rate = (typeof RATES)[number];

/** The read-aloud controls (see ReadAloud.tsx), where the browser has speech synthesis. */
export function ReadAloudControls({ script, speaker }: ReadAloudProps) {
  const [rate, setRate] = useStoredState<Rate>(
    "quote-reader:speech-rate",
    "1",
    RATES,
  );
  const voices = useVoices(true);
  const [voiceURI, setVoiceURI] = useStoredState<string>(
    "quote-reader:speech-voice",
    "",
    ["", ...voices.map((voice) => voice.voiceURI)],
  );
  const speech = useSpeech(script, { rate: Number(rate), voiceURI });
  const playing = speech.state === "playing";
  const toggle = (): void => (playing ? speech.pause() : speech.play());
  useShortcuts({ l: toggle });
  useReadingHighlight(script[speech.current]?.target ?? null);

  const label = playing
    ? "Pause"
    : speech.state === "paused"
      ? "Resume"
      : speaker
        ? `Listen to ${speaker}’s quotes`
        : "Listen";
  return (
    <div
      role="group"
      aria-label="Read aloud"
      className="flex flex-wrap items-center gap-2 text-sm print:hidden"
    >
      <button
        type="button"
        onClick={toggle}
        disabled={script.length === 0}
        aria-keyshortcuts="l"
        className="rounded-md border border-stone-300 px-3 py-1.5 font-medium dark:border-stone-600"
      >
        <span aria-hidden="true">{playing ? "❚❚ " : "▶ "}</span>
        {label}
      </button>
      {speech.state !== "idle" && (
        <button
          type="button"
          onClick={speech.stop}
          className="rounded-md border border-stone-300 px-3 py-1.5 dark:border-stone-600"
        >
          Stop
        </button>
      )}
      <label className="flex items-center gap-1">
        Speed
        <select
          value={rate}
          onChange={(event) => setRate(event.currentTarget.value as Rate)}
          className="rounded-md border border-stone-300 bg-white px-1 py-1 dark:border-stone-600 dark:bg-stone-900"
        >
          {RATES.map((option) => (
            <option key={option} value={option}>
              {option}×
            </option>
          ))}
        </select>
      </label>
      {voices.length > 0 && (
        <label className="flex items-center gap-1">
          Voice
          <select
            value={voiceURI}
            onChange={(event) => setVoiceURI(event.currentTarget.value)}
            className="max-w-48 rounded-md border border-stone-300 bg-white px-1 py-1 dark:border-stone-600 dark:bg-stone-900"
          >
            <option value="">Browser default</option>
            {voices.map((voice) => (
              <option key={voice.voiceURI} value={voice.voiceURI}>
                {voice.name} ({voice.lang})
              </option>
            ))}
          </select>
        </label>
      )}
      {speech.error && (
        <p role="status" className="basis-full text-red-800 dark:text-red-300">
          Reading aloud stopped: the browser could not speak ({speech.error}).
          Is a speech voice installed?
        </p>
      )}
    </div>
  );
}

/**
 * Marks the element being read (`data-reading`, styled in styles.css) and keeps it in
 * view, smoothly unless the reader asked for less motion.
 */
function useReadingHighlight(target: string | null): void {
  useEffect(() => {
    const element = target ? document.getElementById(target) : null;
    if (!element) return;
    element.setAttribute("data-reading", "true");
    const still = window.matchMedia?.(
      "(prefers-reduced-motion: reduce)",
    ).matches;
    element.scrollIntoView?.({
      block: "center",
      behavior: still ? "auto" : "smooth",
    });
    return () => element.removeAttribute("data-reading");
  }, [target]);
}
