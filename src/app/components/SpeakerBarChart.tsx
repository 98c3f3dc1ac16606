import { AppLink } from "./AppLink.tsx";
import type { SpeakerSummary } from "../../model/speaker.ts";
import { paths } from "../../model/paths.ts";

const BAR_HEIGHT = 26;
const LABEL_WIDTH = 170;
const CHART_WIDTH = 560;

/**
 * Horizontal bars of the most quoted speakers. The SVG is a picture for sighted readers;
 * the same figures are in the table below it, which is what assistive technology reads.
 */
export function SpeakerBarChart({ speakers }: { speakers: SpeakerSummary[] }) {
  if (speakers.length === 0) return null;
  const max = Math.max(...speakers.map((speaker) => speaker.quotes));
  const height = speakers.length * BAR_HEIGHT;
  const barSpace = CHART_WIDTH - LABEL_WIDTH - 40;
  return (
    <figure className="space-y-3" aria-labelledby="chart-caption">
      <figcaption id="chart-caption" className="text-lg font-semibold">
        Most quoted
      </figcaption>
      <svg
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        className="w-full max-w-xl text-stone-800 dark:text-stone-200"
        aria-hidden="true"
        focusable="false"
      >
        {speakers.map((speaker, index) => {
          const y = index * BAR_HEIGHT;
          const width = Math.max(2, (speaker.quotes / max) * barSpace);
          return (
            <g key={speaker.slug}>
              <text
                x={LABEL_WIDTH - 8}
                y={y + 17}
                textAnchor="end"
                fontSize="13"
                fill="currentColor"
              >
                {speaker.name.length > 22
                  ? `${speaker.name.slice(0, 21)}…`
                  : speaker.name}
              </text>
              <rect
                x={LABEL_WIDTH}
                y={y + 5}
                width={width}
                height={BAR_HEIGHT - 10}
                rx="3"
                className="fill-amber-500"
              />
              <text
                x={LABEL_WIDTH + width + 6}
                y={y + 17}
                fontSize="13"
                fill="currentColor"
              >
                {speaker.quotes}
              </text>
            </g>
          );
        })}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer">Chart as a table</summary>
        <table aria-describedby="chart-caption" className="mt-2">
          <thead>
            <tr>
              <th scope="col" className="pr-4 text-left">
                Speaker
              </th>
              <th scope="col" className="text-right">
                Quotes
              </th>
            </tr>
          </thead>
          <tbody>
            {speakers.map((speaker) => (
              <tr key={speaker.slug}>
                <td className="pr-4">
                  <AppLink
                    to={paths.speaker(speaker.slug)}
                    className="underline"
                  >
                    {speaker.name}
                  </AppLink>
                </td>
                <td className="text-right tabular-nums">{speaker.quotes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
