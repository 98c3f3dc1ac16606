import { AppLink } from "./AppLink.tsx";
import { paths } from "../../model/paths.ts";

interface PaginationProps {
  page: number;
  pageCount: number;
  /** The speaker and period filters, kept on the page links. */
  speaker: string | null;
  period: string | null;
}

/** Previous / next links between pages of the list. */
export function Pagination({
  page,
  pageCount,
  speaker,
  period,
}: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav
      aria-label="Pages"
      className="mt-6 flex items-center justify-between gap-4 text-sm"
    >
      {page > 1 ? (
        <AppLink
          to={paths.withFilters(paths.home(page - 1), { speaker, period })}
          rel="prev"
          className="underline"
        >
          Previous page
        </AppLink>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <AppLink
          to={paths.withFilters(paths.home(page + 1), { speaker, period })}
          rel="next"
          className="underline"
        >
          Next page
        </AppLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
