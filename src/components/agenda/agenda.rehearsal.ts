/**
 * A rehearsal of the agenda's first render, run at idle once the element is defined
 * (UclgAgenda.warmFor): a two-session feed is read by the parser and its day, items and tools
 * are rendered into a fragment that is never attached (issue 18).
 *
 * The first render of a page pays for everything done there for the first time: V8 compiles
 * each function on its first call and runs it slowly until it is warm, Lit prepares each
 * template (a `<template>` parsed and walked) once per page, and the browser opens the page's
 * localStorage (the stars, the zone choice) with a round trip to its storage process. A 300-
 * session programme's first screen rendered after another agenda had rendered in the page took
 * less than half as long. The rehearsal does that work while the page is idle, before the feed
 * arrives, with nothing to see: no element, no event, no request, no write, nothing kept but
 * what the browser and Lit keep for themselves (compiled code, templates, an open storage area,
 * a few parsed values in the parser's caches).
 */
import {render} from 'lit';
import type {Language} from '../../core/types.js';
import {REHEARSAL_FEED} from '../../base/rehearsal-feed.js';
import {parseFeed} from '../../feed/parse.js';
import {msgIn} from '../../i18n/msg.js';
import {idle} from '../../internal/idle.js';
import {readStorage} from '../../internal/storage.js';
import {filterChoices, NO_FILTER} from './agenda.query.js';
import {renderDay} from './agenda.list.js';
import {renderToolbar} from './agenda.toolbar.js';

/**
 * The rehearsal in three steps, each a task of its own when `next` is `idle` (the default): the
 * parser, the tools, the day. Together about 30 ms on the bench machine, each step about a third
 * of it, so that none is a long task and a feed that arrives meanwhile waits for one step at most.
 */
export function rehearse(lang: Language, next: (step: () => void) => void = idle): void {
  // The page's storage area, opened now rather than by the first render's stars.
  readStorage('uclg-widgets:');
  const {feed} = parseFeed(REHEARSAL_FEED);
  if (!feed) return;
  const sessions = [...feed.sessions];
  const msg = msgIn(lang);
  const none = (): void => {};
  const into = () => document.createDocumentFragment();
  next(() => render(renderToolbar({
    msg, lang, feed, filter: NO_FILTER, choices: filterChoices(sessions, 'UTC', 'en'), zone: 'UTC', count: 2, starred: 1, canJump: true,
    change: none, jump: none, download: none,
  }), into()));
  next(() => render(renderDay({key: 0, sessions}, {
    msg, lang, feed, zone: 'UTC', level: 2, visible: new Set(sessions), stars: new Set(), next: sessions[0], calendars: new Set(),
    text: (v) => v?.[lang] ?? '', status: () => 'upcoming', href: () => '#', select: none, star: none, calendar: none,
  }), into()));
}
