import type {
  Person,
  Quote,
  Speaker,
  SpeakerKind,
} from "../../model/article.ts";
import type { PersonRecord } from "../people.ts";

/** What stage 5 adds: quotes with speakers, people with quote counts, the speaker list. */
export interface Attribution {
  quotes: Quote[];
  people: Person[];
  speakers: Speaker[];
}

/** Counts quotes per person and builds the speaker list, most quoted first. */
export function summariseSpeakers(
  records: readonly PersonRecord[],
  quotes: Quote[],
): Attribution {
  const counts = new Map<
    string,
    { kind: SpeakerKind; quotes: number; first: number }
  >();
  quotes.forEach((q, i) => {
    if (!q.speaker || !q.speakerKind) return;
    const c = counts.get(q.speaker);
    if (c) c.quotes++;
    else counts.set(q.speaker, { kind: q.speakerKind, quotes: 1, first: i });
  });
  const people: Person[] = records.map((p) => ({
    name: p.name,
    role: p.role,
    aliases: [...p.aliases],
    mentions: p.mentions.length,
    quotes: counts.get(p.name)?.quotes ?? 0,
  }));
  const named = new Set(people.map((p) => p.name));
  for (const [name, c] of counts) {
    if (c.kind === "person" && !named.has(name)) {
      people.push({
        name,
        role: null,
        aliases: [],
        mentions: 1,
        quotes: c.quotes,
      });
    }
  }
  const speakers: Speaker[] = [...counts.entries()]
    .sort((a, b) => b[1].quotes - a[1].quotes || a[1].first - b[1].first)
    .map(([name, c]) => ({ name, kind: c.kind, quotes: c.quotes }));
  return { quotes, people, speakers };
}
