import { useMemo } from "react";
import { FilterSelect } from "./FilterSelect.tsx";

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
    <FilterSelect
      label="Speaker"
      allLabel="All speakers"
      value={value}
      onChange={onChange}
    >
      {options}
    </FilterSelect>
  );
}
