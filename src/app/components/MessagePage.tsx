import type { ReactNode } from "react";
import { paths } from "../../model/paths.ts";
import { AppLink } from "./AppLink.tsx";

/** A page that only says something (not found, not saved offline), then leads home. */
export function MessagePage({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-[65ch]">
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      <p className="mt-4">{children}</p>
      <p className="mt-4">
        <AppLink to={paths.home()} className="underline">
          Back to all articles
        </AppLink>
      </p>
    </div>
  );
}
