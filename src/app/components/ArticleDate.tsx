import { formatDate } from "../../model/dates.ts";

/**
 * An article's date as `<time datetime>` (`12 October 2023`), or `Undated` for an
 * article whose header gives none: never a made-up date.
 */
export function ArticleDate({
  date,
  prefix = "",
}: {
  date: string | null;
  prefix?: string;
}) {
  if (date === null) return <span>Undated</span>;
  return (
    <time dateTime={date}>
      {prefix}
      {formatDate(date)}
    </time>
  );
}
