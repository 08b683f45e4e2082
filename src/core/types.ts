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
}

export interface FeedEvent {
  readonly id: string;
  readonly name: LocalizedText;
  readonly theme?: LocalizedText;
  readonly url?: string;
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
