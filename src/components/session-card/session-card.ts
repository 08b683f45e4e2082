import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import type {Feed, Language, Session, SessionLinks, SessionStatus} from '../../core/types.js';
import {addStrings, str} from '../../i18n/msg.js';
import {linkLabel, LINK_ORDER, statusLabel} from '../../i18n/strings.js';
import {isExternal} from '../../internal/safe-url.js';
import {UclgSessionElement} from '../../base/session-element.js';
import {warmFonts} from '../../base/fonts.js';
import {describeTime, formatDayShift, rangeText, warmTimes, zonedRangeText, zoneText, type TimeView} from '../../time/format.js';
import {shownZone} from '../../base/zone.js';
import {ClockController} from '../../base/clock-controller.js';
import {releaseStructuredData, structuredData} from '../../seo/microdata.js';
import {callToAction} from '../../time/call-to-action.js';
import {styles} from './session-card.styles.js';
import {renderPeople} from './session-card.people.js';
import {renderLanguages, renderPlace} from './session-card.place.js';
import {renderAction} from './session-card.action.js';
import {renderQuestions} from './session-card.questions.js';
import {QuestionTarget, questionId} from '../guiding-questions/guiding-questions.list.js';
import {buildList} from './session-card.lists.js';
import {cardStrings} from '../../i18n/generated/strings/card.js';
import {provideFeedEngineNow} from '../../base/feed-engine.js';
import {calendarButton, openCalendarIn} from '../add-to-calendar/add-to-calendar.placeholder.js';
import {idle} from '../../internal/idle.js';
import {rehearse} from './session-card.rehearsal.js';

addStrings(cardStrings);
provideFeedEngineNow();

/** Paragraphs shown before "Read more". */
const VISIBLE_PARAGRAPHS = 1;

/**
 * Shows one session: event, kind, title, time in the event's zone and the viewer's, place,
 * languages, status, the one thing to do now (register, join the livestream, watch the
 * recording: it changes by itself as the session moves on), background, people, guiding
 * questions and the other links.
 * @tagname uclg-session-card
 * @csspart card - The card's frame.
 * @csspart button - Read more, "and N more" (people) and Retry buttons.
 * @csspart action - The primary call to action (a link, or a note such as "Registration closed").
 * @csspart calendar - The "Add to calendar" control.
 * @fires {UclgStatusChangeEvent} uclg-status-change - When the session starts or ends while shown.
 * @cssprop [--uclg-session-card-background=var(--uclg-surface-color)] - Card background.
 * @cssprop [--uclg-session-card-kind-color=var(--uclg-accent)] - Colour of the session kind.
 * @cssprop [--uclg-session-card-padding=var(--uclg-spacing)] - Inner spacing.
 */
export class UclgSessionCard extends UclgSessionElement {
  static override styles = styles;

  /** Usually taller than the view: a first visit's loading box reaches the view's bottom (base/remembered-height.ts). */
  protected static readonly tall = true;

  protected static override warmFor(lang: Language): void {
    warmTimes(lang);
    // Its title at two container widths (1.5em, 1.75em), labels, time, theme, names, buttons, questions.
    warmFonts('413 713 724 728 616 416 714 414 716 i416 415 718');
    // Its first render, out of the page, in an idle task of its own (session-card.rehearsal.ts).
    // Only a head start: should it fail, the first real card does that work itself.
    idle(() => rehearse(this, lang).catch(() => {}));
  }

  /** Level of the title's heading, 2–6; the questions' heading is one below. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** Leave out the schema.org Event (microdata) that the card otherwise describes its session with. */
  @property({type: Boolean, attribute: 'no-structured-data'}) noStructuredData = false;

  @state() private expanded = false;
  @state() private allPeople = false;
  /** "Add to calendar" was used: the element replaces its placeholder button (add-to-calendar.placeholder.ts). */
  @state() private calendarUsed = false;
  /** Photos that failed to load: initials instead. */
  @state() private failedPhotos: ReadonlySet<string> = new Set();

  // Re-renders at each status change and when the call to action changes (registration closing).
  private readonly time = new ClockController(
    this,
    this.clock,
    () => (this.current ? [this.current.session] : []),
    (now) => this.current && callToAction(this.current.session, now).next,
  );

  // The question a URL fragment names: highlighted, scrolled to and focused.
  private readonly target = new QuestionTarget(this, () => {
    const session = this.current?.session;
    return session?.guidingQuestions.map((_, i) => questionId(session.id, i));
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseStructuredData(this);
  }

  private handleReadMore(): void {
    this.expanded = !this.expanded;
  }

  private handleMorePeople(): void {
    this.allPeople = !this.allPeople;
  }

  private handlePhotoError(e: Event): void {
    this.failedPhotos = new Set(this.failedPhotos).add((e.target as HTMLImageElement).getAttribute('src')!);
  }

  override render(): TemplateResult | undefined {
    const blocked = this.renderState();
    if (blocked) return blocked;
    const {feed, session} = this.current!;
    const level = Math.min(6, Math.max(2, this.headingLevel || 3));
    const {action, hidden} = callToAction(session, this.clock.now());
    const when = this.times(session);
    const status = this.time.status(session);
    // The parts every card has are in this one template: each nested template is one more
    // instance for Lit to clone and walk, per card (see the README's note on render cost).
    return html`<article part="card" aria-labelledby="title" lang=${this.language}>
      ${this.renderStale()}
      <p class="event">${this.text(feed.event.name)}</p>
      <p class="kind">${this.text(session.kind)}</p>
      <div class="head"><div class="title" role="heading" aria-level=${level} id="title">${this.text(session.title)}</div></div>
      ${session.subtitle ? html`<p class="subtitle">${this.text(session.subtitle)}</p>` : nothing}
      <p class="when"><time datetime=${new Date(session.start).toISOString()}>${when.event}</time></p>
      ${when.viewer === undefined ? nothing : html`<p class="when viewer">${when.viewer}</p>`}
      ${renderPlace(session.location, this.language, this.msg, (t) => this.text(t))}
      ${renderLanguages(session.languages, this.language, this.msg)}
      <p><span class="status ${status}">${statusLabel(status, this.msg)}</span></p>
      ${renderAction(action, this.msg)}
      ${this.renderCalendar(session, feed, status)}
      ${session.theme ?? feed.event.theme ? html`<p class="theme">${this.text(session.theme ?? feed.event.theme)}</p>` : nothing}
      ${session.summary ? html`<p class="summary">${this.text(session.summary)}</p>` : nothing}
      ${this.renderBody(session, feed.event.defaultLanguage)}
      ${this.renderPeople(session)}
      ${renderQuestions(session, Math.min(6, level + 1), this.msg, this.language, feed.event.defaultLanguage, this.target.id)}
      ${this.renderLinks(session.links, hidden)}
      ${structuredData(this, feed, this.noStructuredData ? [] : [session], this.language)}
    </article>`;
  }

  /** The time in the event's zone, one string; and the viewer's own, when it reads differently. */
  private times(session: Session): {event: string; viewer?: string} {
    const eventView = describeTime(session.start, session.end, session.timeZone, this.language);
    const zone = shownZone(this.timeZone, this.localName, this.msg);
    const mine = describeTime(session.start, session.end, zone, this.language, session.timeZone);
    const same = mine.date === eventView.date && mine.time === eventView.time && zoneText(mine) === zoneText(eventView);
    return {event: `${eventView.date} · ${zonedRangeText(eventView, this.language)}`, viewer: same ? undefined : this.renderViewerTime(mine)};
  }

  private renderViewerTime(view: TimeView) {
    const time = rangeText(view, this.language);
    const shift = view.dayShift ? ` (${formatDayShift(view.dayShift, this.language)})` : '';
    const zone = zoneText(view);
    return this.msg(str`${time} your time (${zone})${shift}`, {
      id: 'card.your-time',
      desc: 'Session time in the visitor\'s own zone: time range (with its own "(+1 day)" when the session ends on a later day), zone abbreviation, then an optional "(+1 day)" when the visitor\'s date is not the event\'s.',
    });
  }

  private renderCalendar(session: Session, feed: Feed, status: SessionStatus) {
    if (status !== 'upcoming' && status !== 'live') return nothing;
    // The placeholder's box is the element's: a block in the element's type (card styles).
    return this.calendarUsed
      ? html`<uclg-add-to-calendar part="calendar" theme=${this.theme ?? nothing} .session=${session} .feed=${feed}></uclg-add-to-calendar>`
      : html`<div part="calendar" class="calendar">${calendarButton(this.msg, this.handleCalendar)}</div>`;
  }

  private async handleCalendar(): Promise<void> {
    this.calendarUsed = true;
    await openCalendarIn(this.updateComplete, this.renderRoot);
  }

  private renderBody(session: Session, fallback: Language) {
    if (!session.body.length) return nothing;
    const hasMore = session.body.length > VISIBLE_PARAGRAPHS;
    const expanded = this.expanded;
    const body = guard([session, this.language, fallback, expanded], () =>
      buildList(
        'div',
        {class: 'body', id: 'body'},
        'p',
        session.body.map((text, i) => ({text, attributes: {class: i < VISIBLE_PARAGRAPHS || expanded ? '' : 'more'}})),
        this.language,
        fallback,
      ),
    );
    return html`${body}
      ${hasMore
        ? html`<button type="button" part="button" aria-expanded=${expanded} aria-controls="body" @click=${this.handleReadMore}>
            ${expanded
              ? this.msg('Show less', {id: 'card.show-less', desc: 'Collapses the background text again.'})
              : this.msg('Read more', {id: 'card.read-more', desc: 'Expands the full background text of the session.'})}
          </button>`
        : nothing}`;
  }

  private renderPeople(session: Session) {
    return renderPeople({
      people: session.people,
      lang: this.language,
      msg: this.msg,
      text: (t) => this.text(t),
      expanded: this.allPeople,
      failed: this.failedPhotos,
      onToggle: () => this.handleMorePeople(),
      onPhotoError: (e) => this.handlePhotoError(e),
    });
  }

  /** The other links: not the primary action's, nor "Register" once registration is over or full. */
  private renderLinks(links: SessionLinks, hidden: readonly (keyof SessionLinks)[]) {
    const present = LINK_ORDER.filter((k) => links[k] && !hidden.includes(k));
    if (!present.length) return nothing;
    return html`<ul class="links">
      ${present.map((k) => {
        const href = links[k]!;
        return html`<li><a href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${linkLabel(k, this.msg)}</a></li>`;
      })}
    </ul>`;
  }
}
