import { useId, useMemo } from "react";

export interface SpeakerOption {
  name: string;
  /** Shown after the name: `3 quotes`, `organisation`. */
  detail: string;
}

interface SpeakerSelectProps {
  speakers: SpeakerOption[];
  value: string | null;
  onChange: (speaker: string | null) => void;
}

/** The control labelled "Speaker": narrows what is shown to one speaker. */
export function SpeakerSelect({
  speakers,
  value,
  onChange,
}: SpeakerSelectProps) {
  const id = useId();
  // Thousands of speakers in a large archive: build the options once per list, so a
  // re-render (a new filter, a page loading) does not touch them.
  const options = useMemo(
    () =>
      speakers.map((speaker) => (
        <option key={speaker.name} value={speaker.name}>
          {speaker.name} ({speaker.detail})
        </option>
      )),
    [speakers],
  );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm font-medium">
        Speaker
      </label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(event) => onChange(event.currentTarget.value || null)}
        className="max-w-full min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-600 dark:bg-stone-900"
      >
        <option value="">All speakers</option>
        {options}
      </select>
    </div>
  );
}
