import { useLoaderData } from "react-router";
import { ExportLinks } from "../components/ExportLinks.tsx";
import { archiveExportPath } from "../../model/export-files.ts";
import type { SpeakerSummary } from "../../model/speaker.ts";
import { SpeakerBarChart } from "../components/SpeakerBarChart.tsx";
import { SpeakerTable } from "../components/SpeakerTable.tsx";
import { loadSpeakers } from "../data/speakers.ts";
import { type MetaHandle, SITE_NAME } from "../meta.ts";

/** Speakers in the chart. */
const CHART_SIZE = 10;

export function speakersLoader(): Promise<SpeakerSummary[]> {
  return loadSpeakers();
}

export const speakersHandle: MetaHandle = {
  meta: () => ({
    title: `Speakers – ${SITE_NAME}`,
    description:
      "Everyone quoted across the articles, with how often and where.",
  }),
};

/** Everyone quoted across all articles. */
export function SpeakersPage() {
  const speakers = useLoaderData<SpeakerSummary[]>();
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl font-bold">Speakers</h1>
        <ExportLinks
          what="every quote of the archive"
          path={archiveExportPath}
          fileName="quotes"
        />
      </div>
      <SpeakerBarChart speakers={speakers.slice(0, CHART_SIZE)} />
      <SpeakerTable speakers={speakers} />
    </div>
  );
}
