import type { Person } from "../../model/article.ts";
import { plural } from "../../model/format.ts";

/** Everyone the article names, with their role and how often they appear and speak. */
export function PeopleList({ people }: { people: Person[] }) {
  if (people.length === 0) return <p className="text-sm">Nobody is named.</p>;
  return (
    <ul className="space-y-3">
      {people.map((person) => (
        <li key={person.name}>
          <p className="font-medium">{person.name}</p>
          {person.role && (
            <p className="text-sm text-stone-700 dark:text-stone-300">
              {person.role}
            </p>
          )}
          <p className="text-sm text-stone-600 dark:text-stone-400">
            Mentioned {plural(person.mentions, "time")} · quoted{" "}
            {plural(person.quotes, "time")}
          </p>
        </li>
      ))}
    </ul>
  );
}
