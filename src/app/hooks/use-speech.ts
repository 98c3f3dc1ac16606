import { useCallback, useEffect, useRef, useState } from "react";
import type { Utterance } from "../read-aloud-script.ts";

export type SpeechState = "idle" | "playing" | "paused";

export interface SpeechSettings {
  /** 1 is the voice's normal speed. */
  rate: number;
  /** The chosen voice's `voiceURI`, or "" for the browser's default. */
  voiceURI: string;
}

export interface Speech {
  state: SpeechState;
  /** Index in the script of the utterance being read (or paused at), else -1. */
  current: number;
  /** Why reading stopped on its own (`synthesis-failed`: no voice), else null. */
  error: string | null;
  /** Starts from the beginning, or goes on from the utterance it paused at. */
  play: () => void;
  pause: () => void;
  stop: () => void;
}

/** Errors that say reading was stopped on purpose (by `cancel()`), not that it failed. */
const STOPPED = new Set(["interrupted", "canceled"]);

/**
 * Reads `script` aloud with the browser's speech synthesis, one utterance at a time so
 * that the page knows which is being read. Pausing cancels the utterance and resuming
 * reads it again from its start: `speechSynthesis.pause()` is not kept by every
 * browser. The script must keep its identity while it is the same (memoised): a new
 * one stops reading. Only call it where `speechSynthesis` exists.
 */
export function useSpeech(
  script: readonly Utterance[],
  settings: SpeechSettings,
): Speech {
  const [state, setState] = useState<SpeechState>("idle");
  const [current, setCurrent] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  /** Bumped by play, pause and stop: events of the utterances before are stale. */
  const generation = useRef(0);
  const latest = useRef({ script, settings, current });
  useEffect(() => {
    latest.current = { script, settings, current };
  });

  const reader = useRef<Reader>({
    next: () => latest.current,
    isCurrent: (run) => run === generation.current,
    finish: () => {
      generation.current += 1;
      setState("idle");
      setCurrent(-1);
    },
    fail: (reason) => {
      generation.current += 1;
      setState("idle");
      setCurrent(-1);
      setError(reason);
    },
    reading: setCurrent,
  });

  const stop = useCallback((): void => {
    generation.current += 1;
    window.speechSynthesis.cancel();
    setState("idle");
    setCurrent(-1);
  }, []);

  const pause = useCallback((): void => {
    generation.current += 1;
    window.speechSynthesis.cancel();
    setState("paused");
  }, []);

  const play = useCallback((): void => {
    generation.current += 1;
    const run = generation.current;
    window.speechSynthesis.cancel();
    setError(null);
    setState("playing");
    speakFrom(reader.current, Math.max(0, latest.current.current), run);
  }, []);

  // A new script (another speaker chosen) or leaving the page: stop reading.
  useEffect(() => {
    return () => {
      generation.current += 1;
      window.speechSynthesis.cancel();
      setState("idle");
      setCurrent(-1);
    };
  }, [script]);

  return { state, current, error, play, pause, stop };
}

/** What {@link speakFrom} needs of the hook: its latest props and its state setters. */
interface Reader {
  next: () => { script: readonly Utterance[]; settings: SpeechSettings };
  /** Whether events of reading run `run` still matter (no play, pause or stop since). */
  isCurrent: (run: number) => boolean;
  finish: () => void;
  fail: (reason: string) => void;
  reading: (index: number) => void;
}

/** Speaks utterance `index` of the script, then the next when it ends, in run `run`. */
function speakFrom(reader: Reader, index: number, run: number): void {
  const { script, settings } = reader.next();
  const piece = script[index];
  if (!piece) {
    reader.finish();
    return;
  }
  const synth = window.speechSynthesis;
  const utterance = new SpeechSynthesisUtterance(piece.text);
  utterance.rate = settings.rate;
  const voice = synth
    .getVoices()
    .find((candidate) => candidate.voiceURI === settings.voiceURI);
  if (voice) {
    utterance.voice = voice;
    utterance.lang = voice.lang;
  }
  utterance.onend = () => {
    if (reader.isCurrent(run)) speakFrom(reader, index + 1, run);
  };
  utterance.onerror = (event) => {
    if (reader.isCurrent(run) && !STOPPED.has(event.error))
      reader.fail(event.error);
  };
  reader.reading(index);
  synth.speak(utterance);
}
