/**
 * The data every story uses: the example feed (served locally by Storybook as `data/feed.json`,
 * see `staticDirs` in .storybook/main.js), modified copies of it, the fictional forum feed, and
 * frozen instants. Nothing here touches the network.
 */
import example from '../../examples/feed.json';
import forum from '../../examples/forum-feed.json';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The example feed, fetched by the widgets like any partner page would (same origin, offline). */
export const FEED_URL = 'data/feed.json';
/** A feed URL that answers 404 (Storybook's static server): the "could not be loaded" state. */
export const MISSING_FEED_URL = 'data/no-such-feed.json';
/** A feed URL that never answers: see `pending-fetch.ts` (held in the page, never requested). */
export const PENDING_FEED_URL = 'data/__storybook__/pending-feed.json';

export const SESSION = 'inclusive-digitalization';
export const SECOND_SESSION = 'healthy-territories';
export const UNKNOWN_SESSION = 'no-such-session';

/** A fresh, mutable copy of the example feed. */
export const exampleFeed = (): Json => structuredClone(example) as Json;

/** The example feed with one session cancelled or postponed. */
export function feedWithStatus(status: 'cancelled' | 'postponed', id = SESSION): Json {
  const feed = exampleFeed();
  feed.sessions.find((s: Json) => s.id === id).status = status;
  return feed;
}

/** A feed whose version we do not know: the widgets say "could not be read". */
export const unreadableFeed = (): Json => ({version: 7});

/** Links (never followed in the stories) so that the card and countdown show them. */
export function feedWithLinks(): Json {
  const feed = exampleFeed();
  for (const s of feed.sessions) {
    s.links = {
      details: `https://www.uclg.org/sessions/${s.id}`,
      register: `https://www.uclg.org/sessions/${s.id}/register`,
      stream: `https://www.uclg.org/sessions/${s.id}/live`,
      recording: `https://www.uclg.org/sessions/${s.id}/recording`,
    };
  }
  return feed;
}

const LONG_TITLE = {
  en: 'Inclusive Digitalization, Public Service Provision and Local Democracy: Present and Future of Basic Services in Intermediary Cities, Metropolitan Areas and Rural Territories after the COVID-19 Pandemic',
  fr: 'Numérisation inclusive, prestation des services publics et démocratie locale : présent et avenir des services de base dans les villes intermédiaires, les aires métropolitaines et les territoires ruraux après la pandémie de COVID-19 — avec les intercommunalités, les départements et les régions ultrapériphériques — anticonstitutionnellement',
  es: 'Digitalización inclusiva, prestación de servicios públicos y democracia local: presente y futuro de los servicios básicos en las ciudades intermedias, las áreas metropolitanas y los territorios rurales después de la pandemia de COVID-19',
};

/**
 * The example feed with its first session on the night Madrid's summer time ends: 01:30 CEST to
 * 02:30 CET, two hours, each end with its own zone.
 */
export function feedAcrossClockChange(): Json {
  const feed = exampleFeed();
  Object.assign(feed.sessions[0], {start: '2026-10-25T01:30:00+02:00', end: '2026-10-25T02:30:00+01:00'});
  return feed;
}

/**
 * Long texts and missing translations: the first session has very long titles (French the
 * longest, with an unbreakable word); the second has no Spanish at all, so a Spanish widget
 * shows the English text (marked `lang="en"`).
 */
export function longAndPartialFeed(): Json {
  const feed = exampleFeed();
  const [first, second] = feed.sessions;
  first.title = LONG_TITLE;
  first.kind = {
    en: 'Opening High-Level Policy Dialogue of the UCLG Executive Bureau',
    fr: 'Dialogue politique inaugural de haut niveau du Bureau exécutif de Cités et Gouvernements Locaux Unis',
    es: 'Diálogo político inaugural de alto nivel del Buró Ejecutivo de Ciudades y Gobiernos Locales Unidos',
  };
  const dropSpanish = (text: Json) => {
    delete text.es;
  };
  for (const key of ['kind', 'title', 'summary']) dropSpanish(second[key]);
  second.body.forEach(dropSpanish);
  second.guidingQuestions.forEach(dropSpanish);
  return feed;
}

/**
 * The fictional Riverside Cities Forum 2027 (examples/forum-feed.json): every field of issue 17
 * (people in every role, places online, in person and hybrid, languages and interpretation,
 * registration) in English, French and Spanish, over three days. Its people and places are
 * invented, so that nothing a designer screenshots passes for UCLG's real programme: every
 * invented session belongs here, never in the real Executive Bureau feed. The photos are
 * example.org placeholders that Storybook must not fetch (it works offline), so they are left out
 * (the card shows initials) unless `photos` is true.
 */
export function forumFeed({photos = false} = {}): Json {
  const feed = structuredClone(forum) as Json;
  if (!photos) for (const s of feed.sessions) for (const p of s.people ?? []) delete p.photo;
  return feed;
}

/** Sessions of the forum feed by what they show. */
export const FORUM = {
  /** Hybrid, eight people in every role ("and N more"), Arabic interpretation, registration closing the day before, every link. */
  everything: 'water-for-every-neighbourhood',
  /** In person only, registration full. */
  full: 'local-finance',
  /** Online only, registration open until the start. */
  online: 'digital-twins',
  /** A stream but no recording yet: "Recording coming soon" once it has ended. */
  noRecording: 'housing-lab',
  /** Ends after midnight, event time. */
  afterMidnight: 'closing-plenary',
} as const;

/**
 * A programme over several days, with a session that ends after midnight (event time): the
 * fictional forum (it used to add two invented sessions to the real 2021 Executive Bureau).
 */
export const programmeFeed = (): Json => forumFeed();

const startOf = (feed: Json, id: string): {start: number; end: number} | undefined => {
  const s = feed.sessions?.find?.((x: Json) => x.id === id);
  return s && {start: Date.parse(s.start), end: Date.parse(s.end)};
};

/** `2021-05-17T10:00:00Z`: an instant for the `now` attribute. */
export const isoInstant = (ms: number): string => new Date(ms).toISOString().replace('.000Z', 'Z');

export type Moment = 'days-before' | 'seconds-before' | 'during' | 'after';

/** The frozen instant at which a session is in a given state. */
export function momentOf(times: {start: number; end: number}, moment: Moment): string {
  switch (moment) {
    case 'days-before':
      return isoInstant(times.start - 2 * 86_400_000);
    case 'seconds-before':
      return isoInstant(times.start - 30_000);
    case 'during':
      return isoInstant(times.start + 30 * 60_000);
    case 'after':
      return isoInstant(times.end + 60 * 60_000);
  }
}

const first = startOf(example as Json, SESSION)!;
/** Frozen instants for the first example session (2021-05-19 12:00–13:30 CEST). */
export const NOW = {
  daysBefore: momentOf(first, 'days-before'),
  secondsBefore: momentOf(first, 'seconds-before'),
  live: momentOf(first, 'during'),
  ended: momentOf(first, 'after'),
};

/**
 * The session whose time the toolbar's "now" is relative to: the story's `session`, else the
 * first listed session of an agenda, else a standalone countdown's `start`/`end`.
 */
export function storyTimes(args: Json): {start: number; end: number} | undefined {
  if (args.start && !args.src && !args.feed) {
    const start = Date.parse(args.start);
    return Number.isFinite(start) ? {start, end: Date.parse(args.end) || start} : undefined;
  }
  const feed: Json = args.feed ?? (args.src === FEED_URL ? example : undefined);
  if (!feed?.sessions?.length) return undefined;
  if (args.session) return startOf(feed, args.session);
  const ids: string[] = args.sessions?.split(/\s+/).filter(Boolean) ?? [];
  const listed = feed.sessions.filter((s: Json) => !ids.length || ids.includes(s.id));
  const earliest = listed.sort((a: Json, b: Json) => Date.parse(a.start) - Date.parse(b.start))[0];
  return earliest && startOf(feed, earliest.id);
}
