import {html, nothing, type TemplateResult} from 'lit';
import type {Feed, Language, Session} from '../core/types.js';
import {eventJsonLd} from './json-ld.js';

/**
 * Structured data for search engines, as schema.org microdata inside the widget's own shadow
 * tree: a `<div itemscope>` of `<meta>` and `<link>` elements (no box, nothing read aloud).
 *
 * Not a `<script type="application/ld+json">`: a script's text is a Trusted Types sink, so on a
 * page whose CSP lists only Lit's policy (`trusted-types lit-html`) writing one costs a
 * violation report and a console error on every load, and we cannot tell such a page apart
 * without trying. Attributes rendered by Lit are no sink at all. The description is the same
 * object (`eventJsonLd`), written out differently, and renderers that flatten shadow trees (as
 * Google's does) see it with the visible content.
 */

/** Which widget describes each session (`<event id>/<session id>`): one description per page. */
const owners = new Map<string, Element & {requestUpdate(): void}>();
/** Widgets that would describe a session another widget describes: asked again when it lets go. */
const waiting = new Map<string, Set<Element & {requestUpdate(): void}>>();

/**
 * The microdata of the `sessions` that `host` shows and that no other widget on the page
 * describes already. Called on every render: it also lets go of what `host` no longer shows.
 */
export function structuredData(host: Element & {requestUpdate(): void}, feed: Pick<Feed, 'event'>, sessions: readonly Session[], language: Language): TemplateResult | typeof nothing {
  const keys = new Set(sessions.map((s) => `${feed.event.id}/${s.id}`));
  for (const [key, owner] of owners) if (owner === host && !keys.has(key)) release(key);
  const mine = sessions.filter((s) => {
    const key = `${feed.event.id}/${s.id}`;
    // Pre-rendered HTML (`uclg-widgets render`) carries the session's JSON-LD already.
    if (document.querySelector(`script[type="application/ld+json"][data-uclg-session="${CSS.escape(key)}"]`)) return false;
    const owner = owners.get(key);
    if (!owner || owner === host || !owner.isConnected) {
      owners.set(key, host);
      return true;
    }
    waiting.set(key, (waiting.get(key) ?? new Set()).add(host));
    return false;
  });
  return mine.length ? html`${mine.map((s) => item(eventJsonLd(feed, s, language), undefined, `${feed.event.id}/${s.id}`))}` : nothing;
}

/** `host` left the page, or stopped describing: another widget showing its sessions takes over. */
export function releaseStructuredData(host: Element): void {
  for (const [key, owner] of owners) if (owner === host) release(key);
  for (const hosts of waiting.values()) hosts.delete(host as never);
}

function release(key: string): void {
  owners.delete(key);
  const next = waiting.get(key);
  waiting.delete(key);
  next?.forEach((h) => h.isConnected && h.requestUpdate());
}

const isUrl = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\//.test(v);

/**
 * One schema.org item: nested objects are items of their own, URLs are `<link>`s, the rest
 * `<meta>`s; a list (performers, a hybrid session's two locations) repeats its property.
 */
function item(value: Record<string, unknown>, prop?: string, key?: string): TemplateResult {
  return html`<div itemscope itemtype=${`https://schema.org/${value['@type']}`} itemprop=${prop ?? nothing} data-uclg-session=${key ?? nothing}>${Object.entries(value).map(([name, v]) =>
    name.startsWith('@') ? nothing : property(name, v),
  )}</div>`;
}

function property(name: string, v: unknown): unknown {
  return Array.isArray(v)
    ? v.map((x) => property(name, x))
    : v && typeof v === 'object'
      ? item(v as Record<string, unknown>, name)
      : isUrl(v)
        ? html`<link itemprop=${name} href=${v} />`
        : html`<meta itemprop=${name} content=${String(v)} />`;
}
