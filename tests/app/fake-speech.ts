/**
 * A stand-in for the browser's speech synthesis, driven by the test: it records each
 * utterance handed to it and speaks nothing until told that the voice reached the end
 * (`finish`) or failed (`fail`). `cancel()` interrupts the utterance being read, as
 * browsers do, with an `interrupted` error.
 */

export class FakeUtterance {
  text: string;
  rate = 1;
  lang = "";
  voice: SpeechSynthesisVoice | null = null;
  onend: ((event: object) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

export class FakeSynthesis extends EventTarget {
  /** Every utterance handed to `speak`, in order. */
  readonly spoken: FakeUtterance[] = [];
  /** The utterance being read, if any. */
  current: FakeUtterance | null = null;
  voices: SpeechSynthesisVoice[] = [];

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }

  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    this.current = utterance;
  }

  cancel(): void {
    const utterance = this.current;
    this.current = null;
    utterance?.onerror?.({ error: "interrupted" });
  }

  /** The voice reaches the end of the current utterance. */
  finish(): void {
    const utterance = this.current;
    this.current = null;
    utterance?.onend?.({});
  }

  /** The voice fails (`synthesis-failed`: no voice installed). */
  fail(error: string): void {
    const utterance = this.current;
    this.current = null;
    utterance?.onerror?.({ error });
  }
}

/** A voice as the browser lists it. */
export function fakeVoice(name: string, lang: string): SpeechSynthesisVoice {
  return {
    name,
    lang,
    voiceURI: `fake:${name}`,
    default: false,
    localService: true,
  };
}

/** Gives the window a {@link FakeSynthesis}; the returned function takes it away. */
export function installFakeSpeech(): {
  synth: FakeSynthesis;
  remove: () => void;
} {
  const synth = new FakeSynthesis();
  Object.defineProperty(window, "speechSynthesis", {
    configurable: true,
    value: synth,
  });
  Object.defineProperty(window, "SpeechSynthesisUtterance", {
    configurable: true,
    writable: true,
    value: FakeUtterance,
  });
  return {
    synth,
    remove: () => {
      Reflect.deleteProperty(window, "speechSynthesis");
      Reflect.deleteProperty(window, "SpeechSynthesisUtterance");
    },
  };
}
