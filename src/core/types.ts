/**
 * The shared vocabulary at the bottom of the layers: languages, the feed's types, statuses.
 * Every other folder may import it; it imports nothing.
 */
/** The three languages every widget speaks. */
export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Human text in up to three languages; a parsed feed guarantees at least one. */
export type LocalizedText = Readonly<Partial<Record<Language, string>>>;

/** What the feed's editors say about a session; live/ended are derived from the clock. */
export type ScheduleStatus = 'scheduled' | 'cancelled' | 'postponed';

/** What a visitor is told about a session at a given moment. */
export type SessionStatus = 'upcoming' | 'live' | 'ended' | 'cancelled' | 'postponed';

export interface SessionLinks {
  readonly details?: string;
  readonly register?: string;
  readonly stream?: string;
  readonly recording?: string;
}

/** Who does what in a session; a role the feed gets wrong is read as `speaker` (and reported). */
export const PERSON_ROLES = ['moderator', 'host', 'keynote', 'speaker', 'rapporteur'] as const;
/** The order above is the order the card groups people in (moderator first). */
export type PersonRole = (typeof PERSON_ROLES)[number];

export interface Person {
  /** As the person writes it; never translated. */
  readonly name: string;
  readonly role: PersonRole;
  readonly affiliation?: LocalizedText;
  /** https only; anything else is dropped (and reported), and the card shows initials. */
  readonly photo?: string;
  /** http, https or mailto, like every link. */
  readonly url?: string;
}

/** BCP 47 tags as the feed gives them (canonicalized), named through Intl.DisplayNames. */
export interface SessionLanguages {
  readonly spoken: readonly string[];
  readonly interpretation: readonly string[];
}

export type AttendanceMode = 'online' | 'in-person' | 'hybrid';

export interface SessionLocation {
  readonly mode: AttendanceMode;
  readonly venue?: LocalizedText;
  readonly address?: LocalizedText;
  readonly city?: LocalizedText;
  /** ISO 3166-1 alpha-2, upper case ("ES"), named through Intl.DisplayNames. */
  readonly country?: string;
  /** A map of the venue: http or https. */
  readonly map?: string;
}

/** When signing up ends; the sign-up URL stays `links.register`. */
export interface Registration {
  /** Epoch milliseconds (UTC); absent: open until the session starts. */
  readonly closes?: number;
  /** No places left, whatever the time. */
  readonly full: boolean;
}

export interface Session {
  /** Stable slug, unique within the feed. */
  readonly id: string;
  readonly kind: LocalizedText;
  readonly title: LocalizedText;
  readonly subtitle?: LocalizedText;
  readonly summary?: LocalizedText;
  /** Background paragraphs, in order. */
  readonly body: readonly LocalizedText[];
  readonly theme?: LocalizedText;
  /** Start instant, epoch milliseconds (UTC). */
  readonly start: number;
  /** End instant, epoch milliseconds (UTC); always after `start`. */
  readonly end: number;
  /** IANA zone the session is held in ("event time"). */
  readonly timeZone: string;
  readonly guidingQuestions: readonly LocalizedText[];
  /** Only http, https and mailto URLs survive parsing. */
  readonly links: SessionLinks;
  readonly status: ScheduleStatus;
  /** In speaking order; empty when the feed names nobody. */
  readonly people: readonly Person[];
  readonly languages?: SessionLanguages;
  readonly location?: SessionLocation;
  readonly registration?: Registration;
}

export interface FeedEvent {
  readonly id: string;
  readonly name: LocalizedText;
  readonly theme?: LocalizedText;
  readonly url?: string;
  /** The whole programme as a published iCalendar file (http or https); the agenda offers to subscribe to it. */
  readonly calendar?: string;
  readonly defaultLanguage: Language;
}

export interface Feed {
  readonly version: 1;
  readonly event: FeedEvent;
  readonly sessions: readonly Session[];
}

/** One thing wrong with a feed, at a JSON path such as `sessions[1].start`. */
export interface FeedProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * `feed` is null only when nothing usable is left (not an object, wrong version, bad event).
 * Otherwise invalid sessions are dropped and reported while the valid ones remain.
 */
export interface ParseResult {
  readonly feed: Feed | null;
  readonly problems: readonly FeedProblem[];
}
