import { AppLink } from "../components/AppLink.tsx";
import { paths } from "../../model/paths.ts";

/** Unknown paths, unknown articles and list pages past the end. */
export function NotFoundPage() {
  return (
    <div className="mx-auto max-w-[65ch]">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-4">
        There is no page at this address. It may have been renamed or removed.
      </p>
      <p className="mt-4">
        <AppLink to={paths.home()} className="underline">
          Back to all articles
        </AppLink>
      </p>
    </div>
  );
}
