import type {Feed, Language, Session} from '../core/types.js';
import {pickText} from '../i18n/language.js';
import {zoneOffset} from '../time/instant.js';

const STATUS = {scheduled: 'EventScheduled', cancelled: 'EventCancelled', postponed: 'EventPostponed'} as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** `2021-05-19T12:00:00+02:00`: the instant as the event's clocks show it, with their offset. */
export function isoWithOffset(instant: number, zone: string): string {
  const offset = zoneOffset(zone, instant);
  const local = new Date(instant + offset).toISOString().slice(0, 19);
  const minutes = Math.round(Math.abs(offset) / 60_000);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** A schema.org Event for one session, in `language` (with the feed's fallback). Pure. */
export function eventJsonLd(feed: Pick<Feed, 'event'>, session: Session, language: Language): Record<string, unknown> {
  const text = (t: Session['title']) => pickText(t, language, feed.event.defaultLanguage).text;
  const about = session.summary ?? session.body[0];
  const where = session.links.stream ?? session.links.details ?? feed.event.url;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(session.title),
    ...(about && {description: text(about)}),
    startDate: isoWithOffset(session.start, session.timeZone),
    endDate: isoWithOffset(session.end, session.timeZone),
    eventStatus: `https://schema.org/${STATUS[session.status]}`,
    eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
    ...(where && {location: {'@type': 'VirtualLocation', url: where}}),
    organizer: {'@type': 'Organization', name: 'UCLG', url: 'https://www.uclg.org'},
    superEvent: {'@type': 'Event', name: text(feed.event.name)},
    inLanguage: language,
    ...(session.links.details && {url: session.links.details}),
  };
}

const KEY = 'data-uclg-session';
/** What each widget's scripts were last written from. */
const written = new WeakMap<HTMLElement, {feed: Pick<Feed, 'event'>; language: Language}>();

/**
 * Keeps one `<script type="application/ld+json">` per shown session in the widget's light DOM,
 * where search engines read it. A session that another widget already describes on this page is
 * not described twice. `sessions` empty removes ours.
 */
export function syncStructuredData(host: HTMLElement, feed: Pick<Feed, 'event'>, sessions: readonly Session[], language: Language): void {
  const wanted = new Map(sessions.map((s) => [`${feed.event.id}/${s.id}`, s]));
  // Widgets call this after every render (a status change, a tick): rewrite our scripts only
  // when what they say can have changed, i.e. another feed object or another language.
  const last = written.get(host);
  const stale = last?.feed !== feed || last.language !== language;
  written.set(host, {feed, language});
  for (const script of host.querySelectorAll<HTMLScriptElement>(`:scope > script[${KEY}]`)) {
    const session = wanted.get(script.getAttribute(KEY)!);
    if (!session) script.remove();
    else if (stale) {
      const json = toJson(eventJsonLd(feed, session, language));
      if (script.textContent !== json && !setScriptText(script, json)) script.remove();
    }
  }
  for (const [key, session] of wanted) {
    if (document.querySelector(`script[${KEY}="${CSS.escape(key)}"]`)) continue;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.setAttribute(KEY, key);
    if (setScriptText(script, toJson(eventJsonLd(feed, session, language)))) host.append(script);
  }
}

type ScriptPolicy = {createScript(input: string): unknown};
let policy: ScriptPolicy | null | undefined;

/**
 * A script element's text is a Trusted Types sink, JSON-LD included: under the CSP
 * `require-trusted-types-for 'script'` it takes a TrustedScript only. Ours come from the policy
 * `uclg-widgets` (partners list it: `trusted-types lit-html uclg-widgets`), which only ever wraps
 * the JSON that `toJson` made. Created on first use, so a page whose widgets all have
 * `no-structured-data` need not list it. If the page refuses it, the data is left out (the browser
 * reports the refusal); the widget never breaks for it.
 */
function setScriptText(script: HTMLScriptElement, json: string): boolean {
  if (policy === undefined) {
    const tt = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: {createScript(s: string): string}): ScriptPolicy}}).trustedTypes;
    try {
      policy = tt?.createPolicy('uclg-widgets', {createScript: (s) => s}) ?? null;
    } catch {
      policy = null;
    }
  }
  try {
    script.textContent = (policy ? policy.createScript(json) : json) as string;
    return true;
  } catch {
    return false;
  }
}

/** JSON that cannot close its script element early. */
const toJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
