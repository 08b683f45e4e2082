/**
 * What a widget needs to read a feed once it has one: the parser, the loader, the feed events,
 * the console lines for the partner and the background refresh, as FeedReader, the half of
 * FeedController that runs only when a feed is given. It reaches FeedController through
 * ./feed-engine-load.ts: at once from the elements that always show a feed, on demand for the
 * countdown (./feed-engine.chunk.ts), which with only `start` and `end` needs none of it.
 */
import {consoleStrings} from '../i18n/generated/strings/console.js';
import {formatProblems, parseFeed} from '../feed/parse.js';
import type {ParseResult} from '../core/types.js';
import {UclgFeedErrorEvent, UclgFeedLoadEvent} from '../events/feed.js';
import {FeedLoadError, loadFeed, readJson, shortUrl, type LoadedFeed} from '../feed/load.js';
import {pageClock} from '../time/clock.js';
import {serverOffset} from '../time/server-time.js';
import {addStrings, str} from '../i18n/msg.js';
import type {FeedController, FeedState} from './feed-controller.js';
import {provideFeedEngine} from './feed-engine-load.js';
import {firstVisitHeight, heightKey, rememberedHeight, rememberHeightOf} from './remembered-height.js';
import {soon} from '../internal/soon.js';

addStrings(consoleStrings);

const parsed = new WeakMap<object, ParseResult>();

/** A `feed` property may be raw JSON or a Feed we parsed already; parse each object once. */
function parseOnce(value: unknown): ParseResult {
  if (typeof value !== 'object' || value === null) return parseFeed(value);
  let r = parsed.get(value);
  if (!r) {
    r = parseFeed(value);
    parsed.set(value, r);
  }
  return r;
}

const reported = new WeakSet<object>();

/**
 * A widget's feed, read for its FeedController: from the `feed` property, inline JSON or `src`
 * (fetched, refreshed in the background), into the controller's state, with the partner's
 * console lines and the feed events.
 */
export class FeedReader {
  private refreshTimer: unknown;

  /** `c`: the controller this reads for (a short name: it is on most lines below). */
  constructor(private readonly c: FeedController) {}

  /** The `feed` property: raw JSON or a Feed we parsed already. */
  fromFeed(feed: unknown): FeedState {
    return this.fromResult(parseOnce(feed));
  }

  /** A line for the partner's console, in the widget's language, with the tag that wrote it. */
  private log(level: 'warn' | 'error', line: string): void {
    console[level](`[${this.c.host.localName}] ${line}`);
  }

  /**
   * Editors find the precise problem in the console, and the command that explains it (the CDN
   * files say each problem in a few words, see messages.cdn.ts); visitors see a short state.
   * The problems themselves are the validator's, in English, like its output.
   */
  private report(result: ParseResult, src?: string): void {
    if (!result.problems.length || reported.has(result.problems)) return;
    reported.add(result.problems);
    // The validator reads a file or an http(s) URL: a `data:` or `blob:` feed is named as the file to save it to.
    const command = `npx uclg-widgets validate ${src && !/^(data|blob):/i.test(src) ? src : '<feed.json>'}`;
    const msg = this.c.strings();
    this.log(result.feed ? 'warn' : 'error', `${msg(str`Problems in the feed (${command} explains them):`, {id: 'console.feed-problems', desc: 'Console line for the web editor, followed by the list of problems (in English). The value is a command to run; keep it as it is.'})}\n${formatProblems(result.problems)}`);
  }

  fromText(text: string): FeedState {
    try {
      return this.fromResult(parseOnce(readJson(text)));
    } catch (e) {
      // An async script can upgrade us while the parser is still inside our inline JSON (a slow
      // network): a prefix of a JSON object never parses, so wait for the whole document.
      if (document.readyState === 'loading') return this.c.awaitChildren();
      const reason = (e as Error).message;
      const msg = this.c.strings();
      this.log('error', msg(str`The inline feed is not JSON: ${reason}`, {id: 'console.inline-not-json', desc: 'Console line for the web editor: the inline <script type="application/json"> could not be read. The value is the browser\'s own error (in English).'}));
      return {status: 'error', reason: 'not-json'};
    }
  }

  private fromResult(result: ParseResult, src?: string): FeedState {
    this.report(result, src);
    if (!result.feed) return {status: 'error', reason: 'invalid'};
    return {status: 'ready', feed: result.feed};
  }

  fetch(src: string, fresh = false): void {
    if (!fresh) {
      this.c.state = {status: 'loading'};
      this.size(src);
    }
    this.stopRefresh();
    loadFeed(src, {fresh}).then(
      // Each widget shows the feed in a task of its own, in the order they asked (`soon`), not in
      // the task that parsed it: a page often has several widgets on one `src`, and their
      // updates all ran in that task, one long task (issue 15, total blocking time: 157 to 206
      // ms with Lighthouse's 4x slower CPU on the module example page, four widgets; now the
      // parse about 90 ms, each widget under 65; README, "Long tasks when the feed arrives").
      (loaded) => soon(() => this.loaded(src, loaded)),
      (e: unknown) => {
        const error = e instanceof FeedLoadError ? e : new FeedLoadError('network', String(e));
        this.logLoadFailure(src, error.message);
        this.announce(new UclgFeedErrorEvent({src, reason: error.reason, message: error.message}));
        // A background refresh that fails keeps what is shown; the next one tries again.
        if (fresh && this.c.state.status === 'ready') this.scheduleRefresh(src);
        else {
          this.c.settle(src, {status: 'error', reason: error.reason});
          this.size(src);
        }
      },
    );
  }

  private loaded(src: string, loaded: LoadedFeed): void {
    // Before the first render of this feed, so that it already shows the corrected time.
    if (loaded.serverTime) pageClock.adopt(serverOffset(loaded.serverTime));
    const state = this.fromResult(loaded, src);
    if (state.status === 'ready' && loaded.savedAt !== undefined) {
      this.logLoadFailure(src, loaded.failure ?? 'network');
      this.c.settle(src, {...state, savedAt: loaded.savedAt});
      this.announce(new UclgFeedErrorEvent({src, reason: 'network', message: `showing the copy saved at ${new Date(loaded.savedAt).toISOString()}`}));
    } else this.c.settle(src, state);
    this.size(src, state.status === 'ready');
    if (state.status === 'ready') {
      this.announce(new UclgFeedLoadEvent({src, sessions: state.feed.sessions.length, ...(loaded.savedAt !== undefined && {savedAt: loaded.savedAt})}));
      this.scheduleRefresh(src);
    } else this.announce(new UclgFeedErrorEvent({src, reason: 'invalid', message: formatProblems(loaded.problems)}));
  }

  /**
   * After the update that shows the state for `src`: while loading, the box takes the height
   * this widget took here on an earlier visit (./remembered-height.ts), or the page's
   * `--uclg-state-min-height` if that is more (`--_h`, set through the CSSOM, which a page's
   * `style-src` does not forbid, unlike a `style` attribute); an error box its own. Once the
   * feed shows, its height is measured for the next visit.
   */
  private size(src: string, shown?: boolean): void {
    const {host} = this.c;
    void host.updateComplete.then(() => {
      if (this.c.source !== src) return;
      if (shown) return rememberHeightOf(host);
      const box = host.shadowRoot?.querySelector<HTMLElement>('.state')?.style;
      const h = this.c.state.status === 'loading' && (rememberedHeight(heightKey(host)) ?? firstVisitHeight(host));
      if (h) box?.setProperty('--_h', `${h}px`);
      else box?.removeProperty('--_h');
    });
  }

  private logLoadFailure(src: string, reason: string): void {
    const msg = this.c.strings();
    const name = shortUrl(src);
    // The reason names the URL again ("http: <url> answered 404 Not Found"): the line says it once.
    // Only right after the reason's kind: a relative src is the end of the resolved URL there, which stays.
    reason = reason.replace(`: ${name}: `, ': ').replace(`: ${name} `, ': ');
    this.log('error', msg(str`Could not load ${name}: ${reason}`, {id: 'console.load-failed', desc: 'Console line for the web editor: a URL, then the technical reason (in English).'}));
  }

  scheduleRefresh(src: string): void {
    this.stopRefresh();
    const seconds = Number(this.c.host.refresh);
    if (!(seconds > 0) || !this.c.host.isConnected) return;
    this.refreshTimer = pageClock.env.setTimeout(() => {
      this.refreshTimer = undefined;
      if (this.c.source !== src) return;
      if (document.visibilityState === 'hidden') {
        // Nobody is looking: refresh when somebody is.
        document.addEventListener('visibilitychange', () => this.c.source === src && this.fetch(src, true), {once: true});
      } else this.fetch(src, true);
    }, Math.max(10, seconds) * 1000);
  }

  stopRefresh(): void {
    if (this.refreshTimer !== undefined) pageClock.env.clearTimeout(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  /** What was said to be missing (see `missing`): attribute and id. */
  private said = new Set<string>();

  /**
   * A session a widget was given is not in its feed: a typo in `session` (or in the agenda's
   * `sessions`), no `session` at all (""), or a session the parser left out (its problems are
   * logged above). The box only says "not found" (a programme just lists the others): a console
   * line names the ids there are, once for each id a widget misses. The agenda's `kind` that no
   * session has is said the same way, with the feed's kinds as `values` (the box says only that
   * there is nothing to show).
   */
  missing(id = '', attribute = 'session', values?: string[]): void {
    const {state} = this.c;
    const key = `${attribute} ${id}`;
    if (state.status !== 'ready' || this.said.has(key)) return;
    this.said.add(key);
    const ids = values ?? state.feed.sessions.map((s) => s.id);
    const list = `${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', …' : ''}`;
    const msg = this.c.strings();
    this.log('warn', ids.length
      ? msg(str`No session "${id}" in the feed; set ${attribute} to one of: ${list}`, {id: 'console.session-not-found', desc: 'Console line for the web editor: the element\'s session attribute (or the programme\'s sessions attribute) is missing (the first value is then empty) or names no session of the feed (a typo, or a session left out for its problems). The second value is the attribute\'s name ("session" or "sessions"), the third the list of the feed\'s session ids. For the programme\'s kind attribute, the first value is a kind no session has, the second "kind", the third the kinds there are, each in quotes.'})
      : msg(str`No session "${id}" in the feed: none of its sessions could be read (the problems are above)`, {id: 'console.no-session-read', desc: 'Console line for the web editor: the element names a session (the value; empty when its session attribute is missing), but the feed has no session left to choose from: each was left out for its problems, which the console lines above list.'}));
  }

  /** Events for the partner's own monitoring. */
  private announce(event: Event): void {
    this.c.host.dispatchEvent(event);
  }
}

/** What FeedController gets, handed over at once (below) or imported on demand (./feed-engine.chunk.ts). */
export const feedEngine = FeedReader;

/**
 * For an element that always shows a feed (session card, guiding questions, agenda): the feed
 * code comes with its module, and no widget on the page waits for an import.
 */
export function provideFeedEngineNow(): void {
  provideFeedEngine(feedEngine);
}

export type FeedEngine = typeof feedEngine;
