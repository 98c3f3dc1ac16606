import { AppLink } from "../components/AppLink.tsx";
import { paths } from "../../model/paths.ts";

/** An article asked for offline that was never opened online, so no copy was kept. */
export function OfflinePage() {
  return (
    <div className="mx-auto max-w-[65ch]">
      <h1 className="font-serif text-3xl font-bold">
        Not saved for offline reading
      </h1>
      <p className="mt-4">
        You are offline, and this article was not opened while you were online,
        so no copy of it is kept on this device. Articles you have opened before
        can be read offline.
      </p>
      <p className="mt-4">
        <AppLink to={paths.home()} className="underline">
          Back to all articles
        </AppLink>
      </p>
    </div>
  );
}
