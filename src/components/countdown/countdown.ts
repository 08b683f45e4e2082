import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {SessionLinks} from '../../core/types.js';
import {listFormat, relativeFormat, unitFormat, type UnitDisplay} from '../../i18n/locale.js';
import {addStrings, str} from '../../i18n/msg.js';
import {linkLabel, statusLabel} from '../../i18n/strings.js';
import {memo} from '../../internal/memo.js';
import {UclgSessionElement} from '../../base/session-element.js';
import {ClockController, type TimedSession} from '../../base/clock-controller.js';
import {crossedMilestone, FAR, NEAR, nextStep, splitDuration, UNIT_MS, type UnitValue} from '../../time/countdown.js';
import {parseUtc} from '../../time/iso.js';
import {styles} from './countdown.styles.js';
import {countdownStrings} from '../../i18n/generated/strings/countdown.js';
import {importFeedEngineWith} from '../../base/feed-engine-load.js';

addStrings(countdownStrings);
// A countdown with only start and end needs no feed code: it is imported when a countdown is
// first given a feed, unless an element on the page brought it (base/feed-engine-load.ts).
importFeedEngineWith(() => import('../../base/feed-engine.chunk.js').then((m) => m.feedEngine));

/*
 * A countdown formats the same few texts every second, and every countdown on the page to the
 * same start formats the same ones: each is worked out once per page (number and unit name
 * split by Intl, so "1 jour" and "2 jours" stay Intl's).
 */
const unitTexts = memo<readonly [number: string, label: string]>();
const durations = memo<string>();

/**
 * Counts down to a session's start, then shows that it is live, then that it ended.
 * @tagname uclg-countdown
 * @csspart countdown - The whole countdown, carrying its status as a class (upcoming, live, ended, cancelled, postponed).
 * @csspart unit - One value and its label.
 * @csspart button - The "Hide seconds" toggle and Retry.
 * @cssprop [--uclg-countdown-digit-color=currentColor] - Colour of the digits.
 * @fires {UclgStatusChangeEvent} uclg-status-change - When the session starts or ends.
 */
export class UclgCountdown extends UclgSessionElement {
  static override styles = styles;

  /** Standalone start instant (ISO 8601 with offset), used when no feed is given. */
  @property() start?: string;

  /** Standalone end instant (ISO 8601 with offset). */
  @property() end?: string;

  /** How unit names are written: "3 hours" (long), "3 hr" (short), "3h" (narrow). */
  @property() format: UnitDisplay = 'long';

  /** Count in minutes only: no per-second updates. */
  @property({type: Boolean, attribute: 'no-seconds'}) noSeconds = false;

  /** WCAG 2.2.2: the visitor can stop the per-second movement. */
  @state() private secondsHidden = false;

  @state() private announcement = '';

  /** The instant of the previous render, to tell which milestone time has just crossed. */
  private lastNow?: number;

  private readonly time = new ClockController(this, this.clock, () => (this.timed ? [this.timed] : []), (now) => this.nextTick(now));

  /** `start`/`end` as read last, so that a tick does not parse them again. */
  private standalone?: {key: string; session?: TimedSession & {links: SessionLinks}};

  /** The session being counted down: from the feed, or from `start`/`end`. */
  private get timed(): (TimedSession & {links: SessionLinks}) | undefined {
    if (!this.start || this.feed || this.src) return this.current?.session;
    const key = `${this.start}|${this.end}|${this.id}`;
    if (this.standalone?.key !== key) {
      const start = parseUtc(this.start);
      const end = this.end ? parseUtc(this.end) : start;
      const session = start === null || end === null ? undefined : {id: this.id || 'countdown', start, end: Math.max(start, end), status: 'scheduled' as const, links: {}};
      // Said once per pair of values: the visitor still gets the count to the start, but no live phase.
      if (session && end! < start!) {
        console.warn(`[${this.localName}] ${this.msg(str`end (${this.end}) is before start (${this.start}).`, {id: 'countdown.end-before-start', desc: 'Console line for the web editor: the countdown\'s end attribute is earlier than its start attribute (the values are the attributes as written), so the countdown shows the session as ended once it starts. Keep "end" and "start" as they are: they are the attributes\' names.'})}`);
      }
      this.standalone = {key, session};
    }
    return this.standalone.session;
  }

  private get withSeconds(): boolean {
    return !this.noSeconds && !this.secondsHidden;
  }

  /** Only what the display needs: the next second or minute near the start, else nothing. */
  private nextTick(now: number): number | undefined {
    const t = this.timed;
    if (!t || t.status !== 'scheduled' || now >= t.end) return undefined;
    if (now >= t.start) return nextStep(t.end, now, UNIT_MS.minute);
    const remaining = t.start - now;
    if (remaining > FAR) return nextStep(t.start, now, UNIT_MS.day);
    return nextStep(t.start, now, this.withSeconds && remaining <= NEAR ? 1000 : UNIT_MS.minute);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const t = this.timed;
    if (!t) return;
    const now = this.clock.now();
    const before = this.lastNow;
    this.lastNow = now;
    // Announce what time did, not what a property change did; nothing on the first render.
    if (before === undefined || this.clock.frozen() || t.status !== 'scheduled' || now <= before) return;
    const milestone = crossedMilestone(t.start - before, t.start - now);
    if (milestone) this.announcement = this.startsIn([milestone]);
    else if (before < t.start && now >= t.start && now < t.end) this.announcement = this.msg('The session has started.', {id: 'countdown.started', desc: 'Announced to screen readers when the session starts.'});
    else if (before < t.end && now >= t.end) this.announcement = this.msg('The session has ended.', {id: 'countdown.ended', desc: 'Announced to screen readers when the session ends.'});
  }

  private handleSecondsToggle(): void {
    this.secondsHidden = !this.secondsHidden;
  }

  override render(): TemplateResult | undefined {
    const t = this.timed;
    const blocked = t
      ? undefined
      : this.start
        ? html`<div class="state" role="alert">${parseUtc(this.start) === null
            ? this.msg('The start time is not valid.', {id: 'countdown.invalid', desc: 'The start attribute of the countdown could not be read.'})
            : this.msg('The end time is not valid.', {id: 'countdown.invalid-end', desc: 'The end attribute of the countdown could not be read (its start could).'})}</div>`
        : this.renderState();
    if (blocked || !t) return blocked;
    const now = this.clock.now();
    const status = this.time.status(t);
    return html`<div class=${status} part="countdown" lang=${this.language}>
      ${this.renderStale()}
      ${status === 'upcoming' ? this.renderUpcoming(t.start - now) : nothing}
      ${status === 'live' ? this.renderLive(t.end - now, t.links.stream) : nothing}
      ${status === 'ended' ? this.renderEnded(t.links.recording) : nothing}
      ${status === 'cancelled' ? html`<p class="headline">${this.msg('This session has been cancelled.', {id: 'countdown.cancelled', desc: 'Shown instead of a countdown for a cancelled session.'})}</p>` : nothing}
      ${status === 'postponed' ? html`<p class="headline">${this.msg('This session has been postponed.', {id: 'countdown.postponed', desc: 'Shown instead of a countdown for a postponed session.'})}</p>` : nothing}
      <p class="sr-only" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  private renderUpcoming(remaining: number) {
    if (remaining > FAR) {
      const days = Math.ceil(remaining / UNIT_MS.day);
      return html`<p class="headline">${this.msg(str`Starts ${relativeFormat(this.language).format(days, 'day')}`, {id: 'countdown.starts-relative', desc: 'Far from the start; the value reads like "in 12 days".'})}</p>`;
    }
    const seconds = this.withSeconds && remaining <= NEAR;
    const units = splitDuration(remaining, seconds ? 'second' : 'minute');
    return html`<p class="caption" aria-hidden="true">${this.msg('Starts in', {id: 'countdown.caption', desc: 'Small visible caption above the countdown digits (they read like "2 hours 3 minutes").'})}</p>
      <div class="units" role="timer" aria-label=${this.startsIn(units)}>
        ${units.map((u) => this.renderUnit(u))}
      </div>
      ${!this.noSeconds && remaining <= NEAR
        ? html`<button type="button" part="button" aria-pressed=${this.secondsHidden} @click=${this.handleSecondsToggle}>
            ${this.msg('Hide seconds', {id: 'countdown.hide-seconds', desc: 'Toggle button that stops the per-second updates of the countdown.'})}
          </button>`
        : nothing}`;
  }

  private renderUnit({unit, value}: UnitValue) {
    const [number, label] = unitTexts([this.language, this.format, unit, value].join(), () => {
      const parts = unitFormat(this.language, unit, this.format).formatToParts(value);
      const pick = (...types: string[]) => parts.filter((p) => types.includes(p.type)).map((p) => p.value).join('');
      return [pick('integer', 'group'), pick('unit')] as const;
    });
    return html`<span part="unit" aria-hidden="true"><span class="value">${number}</span><span class="unit-label">${label}</span></span>`;
  }

  private renderLive(left: number, stream?: string) {
    return html`<p class="headline">${statusLabel('live', this.msg)}</p>
      ${stream ? html`<p><a href=${stream} rel="noopener noreferrer">${linkLabel('stream', this.msg)}</a></p>` : nothing}
      <p>${this.timeLeft(splitDuration(left, 'minute'))}</p>`;
  }

  /** "1 hour, 20 minutes left"; a lone 1 has its own string, as Spanish agrees the verb with it ("Queda 1 hora", "Quedan 2 horas"). */
  private timeLeft(units: readonly UnitValue[]): string {
    const time = this.duration(units);
    const shown = units.filter((u) => u.value);
    return shown.length === 1 && shown[0].value === 1
      ? this.msg(str`${time} left`, {id: 'countdown.time-left-one', desc: 'While live: the time until the end when it is exactly one unit, "1 hour" or "1 minute" (a singular subject: Spanish "Queda 1 hora").'})
      : this.msg(str`${time} left`, {id: 'countdown.time-left', desc: 'While live: the time until the end, like "1 hour, 20 minutes" or "2 hours" (a plural subject: Spanish "Quedan 2 horas").'});
  }

  private renderEnded(recording?: string) {
    return html`<p class="headline">${statusLabel('ended', this.msg)}</p>
      ${recording ? html`<p><a href=${recording} rel="noopener noreferrer">${linkLabel('recording', this.msg)}</a></p>` : nothing}`;
  }

  private duration(units: readonly UnitValue[]): string {
    const shown = units.filter((u) => u.value);
    const list = shown.length ? shown : units.slice(-1);
    return durations([this.language, this.format, ...list.map((u) => u.value + u.unit)].join(), () =>
      listFormat(this.language, this.format).format(list.map((u) => unitFormat(this.language, u.unit, this.format).format(u.value))),
    );
  }

  private startsIn(units: readonly UnitValue[]): string {
    return this.msg(str`Starts in ${this.duration(units)}`, {id: 'countdown.starts-in', desc: 'Accessible name of the countdown, like "Starts in 2 days, 3 hours".'});
  }
}
