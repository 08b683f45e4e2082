import {nothing} from 'lit';
import type {Feed, Language, Session} from '../core/types.js';
import {eventJsonLd} from './json-ld.js';
import {idle} from '../internal/idle.js';

/**
 * Structured data for search engines, as schema.org microdata inside the widget's own shadow
 * tree: a `<div itemscope>` of `<meta>` and `<link>` elements (no box, nothing read aloud).
 *
 * Not a `<script type="application/ld+json">`: a script's text is a Trusted Types sink, so on a
 * page whose CSP lists only Lit's policy (`trusted-types lit-html`) writing one costs a
 * violation report and a console error on every load, and we cannot tell such a page apart
 * without trying. Attributes are no sink at all. The description is the same
 * object (`eventJsonLd`), written out differently, and renderers that flatten shadow trees (as
 * Google's does) see it with the visible content.
 */

/** Which widget describes each session (`<event id>/<session id>`): one description per page. */
const owners = new Map<string, Element & {requestUpdate(): void}>();
/** Widgets that would describe a session another widget describes: asked again when it lets go. */
const waiting = new Map<string, Set<Element & {requestUpdate(): void}>>();

/** What `host` described last: the same feed, language and sessions give back the same nodes. */
const described = new WeakMap<Element, {feed: Pick<Feed, 'event'>; language: Language; sessions: readonly Session[]; node: Element}>();

/** From this many sessions, the microdata is written after the first paint (see structuredData). */
const AT_ONCE = 100;
/** Sessions described per idle slice: a few milliseconds each, so a keystroke never waits long. */
const SLICE = 50;

/**
 * The microdata of the `sessions` that `host` shows and that no other widget on the page
 * describes already. Called on every render: it also lets go of what `host` no longer shows.
 * One `<div>` of items, built with the DOM's own methods rather than
 * one Lit template per property, and the same element while nothing changed. Attributes only,
 * so still no Trusted Types sink.
 *
 * A programme of 1,000 sessions is about 28,000 elements, the dearest part of its first render
 * even so (about 40 % of the script time): from 100 sessions the `<div>` is returned empty and
 * filled after the first paint, 50 sessions per idle slice, so the visitor sees the programme
 * first and search engines, which wait for the page to settle, still read all of it.
 */
export function structuredData(host: Element & {requestUpdate(): void}, feed: Pick<Feed, 'event'>, sessions: readonly Session[], language: Language): Element | typeof nothing {
  const keys = new Set(sessions.map((s) => `${feed.event.id}/${s.id}`));
  for (const [key, owner] of owners) if (owner === host && !keys.has(key)) release(key);
  // Pre-rendered HTML (`uclg-widgets render`) carries the sessions' JSON-LD already: asked once, not per session.
  const prerendered = new Set([...document.querySelectorAll('script[type="application/ld+json"][data-uclg-session]')].map((s) => s.getAttribute('data-uclg-session')));
  const mine = sessions.filter((s) => {
    const key = `${feed.event.id}/${s.id}`;
    if (prerendered.has(key)) return false;
    const owner = owners.get(key);
    if (!owner || owner === host || !owner.isConnected) {
      owners.set(key, host);
      return true;
    }
    waiting.set(key, (waiting.get(key) ?? new Set()).add(host));
    return false;
  });
  if (!mine.length) return nothing;
  const last = described.get(host);
  if (last?.feed === feed && last.language === language && last.sessions.length === mine.length && last.sessions.every((s, i) => s === mine[i])) return last.node;
  const node = document.createElement('div');
  described.set(host, {feed, language, sessions: mine, node});
  const slice = (from: number, to: number) => {
    // Superseded (other sessions, another language): stop.
    if (described.get(host)?.node !== node) return;
    node.append(...mine.slice(from, to).map((s) => item(eventJsonLd(feed, s, language), undefined, `${feed.event.id}/${s.id}`)));
    if (to < mine.length) idle(() => slice(to, to + SLICE), 500);
  };
  if (mine.length < AT_ONCE) slice(0, AT_ONCE);
  else idle(() => slice(0, SLICE), 500);
  return node;
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
function item(value: Record<string, unknown>, prop?: string, key?: string): Element {
  const el = document.createElement('div');
  el.setAttribute('itemscope', '');
  el.setAttribute('itemtype', `https://schema.org/${value['@type']}`);
  if (prop) el.setAttribute('itemprop', prop);
  if (key) el.setAttribute('data-uclg-session', key);
  for (const [name, v] of Object.entries(value)) if (!name.startsWith('@')) property(el, name, v);
  return el;
}

function property(parent: Element, name: string, v: unknown): void {
  if (Array.isArray(v)) return v.forEach((x) => property(parent, name, x));
  if (v && typeof v === 'object') return void parent.append(item(v as Record<string, unknown>, name));
  const url = isUrl(v);
  const el = document.createElement(url ? 'link' : 'meta');
  el.setAttribute('itemprop', name);
  el.setAttribute(url ? 'href' : 'content', String(v));
  parent.append(el);
}
