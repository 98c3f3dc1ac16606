import { data, type LoaderFunctionArgs, useLoaderData } from "react-router";
import type { SpeakerProfile } from "../../model/speaker.ts";
import { AppLink } from "../components/AppLink.tsx";
import { ExportLinks } from "../components/ExportLinks.tsx";
import { SpeakerQuotes } from "../components/SpeakerQuotes.tsx";
import { speakerExportPath } from "../../model/export-files.ts";
import { loadSpeaker } from "../data/speakers.ts";
import { plural } from "../../model/format.ts";
import { DEFAULT_META, type MetaHandle, SITE_NAME } from "../meta.ts";
import { paths } from "../../model/paths.ts";

export async function speakerLoader({
  params,
}: LoaderFunctionArgs): Promise<SpeakerProfile> {
  const profile = params.slug ? await loadSpeaker(params.slug) : null;
  if (!profile) throw data("No such speaker", { status: 404 });
  return profile;
}

export const speakerHandle: MetaHandle = {
  meta: (loaded) => {
    const profile = loaded as SpeakerProfile | undefined;
    if (!profile) return DEFAULT_META;
    return {
      title: `${profile.name} – ${SITE_NAME}`,
      description: `${plural(profile.quotes, "quote")} by ${profile.name} in ${plural(profile.articles, "article")}.`,
      about: {
        kind: "speaker",
        name: profile.name,
        speakerKind: profile.kind,
        role: profile.roles[0] ?? null,
      },
      // Feeds hold dated quotes only; the newest article comes first.
      ...(profile.appearances[0]?.date
        ? {
            feed: {
              title: `${profile.name}: quotes – ${SITE_NAME}`,
              path: paths.speakerFeed(profile.slug),
            },
          }
        : {}),
    };
  },
};

/** Everything one speaker said, article by article, each quote linked to its place. */
export function SpeakerPage() {
  const profile = useLoaderData<SpeakerProfile>();
  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <AppLink to={paths.speakers()} className="underline">
            All speakers
          </AppLink>
        </p>
        <h1 className="font-serif text-3xl font-bold">{profile.name}</h1>
        {profile.roles.length > 0 && (
          <p className="text-lg text-stone-700 dark:text-stone-300">
            {profile.roles.join("; ")}
          </p>
        )}
        <p className="text-sm text-stone-600 dark:text-stone-400">
          {profile.kind === "organisation" ? "Organisation · " : ""}
          {plural(profile.quotes, "quote")} in{" "}
          {plural(profile.articles, "article")}
        </p>
        <ExportLinks
          what="their quotes"
          path={(format) => speakerExportPath(profile.slug, format)}
          fileName={`quotes-${profile.slug}`}
        />
      </header>
      {profile.quotedAlongside.length > 0 && (
        <section aria-labelledby="alongside" className="space-y-2">
          <h2 id="alongside" className="text-lg font-semibold">
            Quoted alongside
          </h2>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {profile.quotedAlongside.map((other) => (
              <li key={other.slug}>
                <AppLink to={paths.speaker(other.slug)} className="underline">
                  {other.name}
                </AppLink>{" "}
                <span className="text-stone-600 dark:text-stone-400">
                  ({plural(other.articles, "article")})
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="quotes-by-article" className="space-y-6">
        <h2 id="quotes-by-article" className="text-lg font-semibold">
          Quotes by article
        </h2>
        <SpeakerQuotes appearances={profile.appearances} />
      </section>
    </div>
  );
}
