import { useEffect, useState } from "react";

/**
 * The speech synthesis voices the browser offers, kept up to date: browsers load them
 * after the page (`voiceschanged`), and a page without speech synthesis has none.
 */
export function useVoices(enabled: boolean): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    if (!enabled) return;
    const synth = window.speechSynthesis;
    const update = (): void => setVoices(synth.getVoices());
    update();
    synth.addEventListener("voiceschanged", update);
    return () => synth.removeEventListener("voiceschanged", update);
  }, [enabled]);
  return voices;
}
