import { EXPORT_FORMATS, type ExportFormat } from "../../model/export-files.ts";

interface ExportLinksProps {
  /** Whose quotes, for the links' names: `Dmitry Peskov's quotes`, `every quote`. */
  what: string;
  /** The export's path in a format, relative to the base: `exports/quotes.csv`. */
  path: (format: ExportFormat) => string;
  /** The saved file's name without its extension: `quotes-harbour-plan`. */
  fileName: string;
}

const LABELS: Record<ExportFormat, string> = { csv: "CSV", json: "JSON" };

/**
 * Links to a static export of quotes, as CSV (for spreadsheets) and JSON (for scripts):
 * `Download quotes: CSV · JSON`.
 */
export function ExportLinks({ what, path, fileName }: ExportLinksProps) {
  return (
    <p className="text-sm text-stone-700 print:hidden dark:text-stone-300">
      Download {what}:{" "}
      {EXPORT_FORMATS.map((format, index) => (
        <span key={format}>
          {index > 0 && " · "}
          <a
            href={`${import.meta.env.BASE_URL}${path(format)}`}
            download={`${fileName}.${format}`}
            type={format === "csv" ? "text/csv" : "application/json"}
            className="underline"
          >
            {LABELS[format]}
          </a>
        </span>
      ))}
    </p>
  );
}
