import { useId, useState } from "react";
import type { SpeakerSummary } from "../../model/speaker.ts";
import { loadSpeakers } from "../data/speakers.ts";

/** Suggestions shown as one types: the most quoted of those matching. */
const SUGGESTIONS = 20;

/**
 * "Find a speaker": narrows the list to anyone quoted, found by typing part of their
 * name (`lav` -> Sergei Lavrov), beyond the most quoted that the Speaker control
 * offers. Everyone's names load on first focus; choosing a suggestion, or typing a name
 * in full, applies it.
 */
export function SpeakerFinder({
  onChoose,
}: {
  onChoose: (speaker: string) => void;
}) {
  const id = useId();
  const [everyone, setEveryone] = useState<SpeakerSummary[] | null>(null);
  const [text, setText] = useState("");
  const load = (): void => {
    if (everyone === null)
      void loadSpeakers()
        .then(setEveryone)
        .catch(() => setEveryone([]));
  };
  const typed = text.trim().toLocaleLowerCase();
  const matches =
    typed && everyone
      ? everyone
          .filter((speaker) => speaker.name.toLocaleLowerCase().includes(typed))
          .slice(0, SUGGESTIONS)
      : [];
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Find a speaker
      </label>
      <input
        id={id}
        type="search"
        list={`${id}-names`}
        value={text}
        onFocus={load}
        onChange={(event) => {
          const value = event.currentTarget.value;
          setText(value);
          load();
          const found = everyone?.find(
            (speaker) =>
              speaker.name.toLocaleLowerCase() ===
              value.trim().toLocaleLowerCase(),
          );
          if (found) {
            setText("");
            onChoose(found.name);
          }
        }}
        placeholder="Type a name"
        autoComplete="off"
        className="max-w-full min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-900"
      />
      <datalist id={`${id}-names`}>
        {matches.map((speaker) => (
          <option key={speaker.slug} value={speaker.name}>
            {speaker.quotes} quotes
          </option>
        ))}
      </datalist>
    </div>
  );
}
