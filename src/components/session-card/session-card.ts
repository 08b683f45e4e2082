import {html, nothing, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Feed, Session, SessionLinks} from '../../core/types.js';
import {str} from '../../i18n/msg.js';
import {linkLabel, LINK_ORDER, statusLabel} from '../../i18n/strings.js';
import {isExternal} from '../../internal/safe-url.js';
import {UclgSessionElement} from '../../base/session-element.js';
import {describeTime, formatDayShift, viewerTimeZone, type TimeView} from '../../time/format.js';
import {ClockController} from '../../base/clock-controller.js';
import type {SessionStatus} from '../../core/types.js';
import {releaseStructuredData, structuredData} from '../../seo/microdata.js';
import {styles} from './session-card.styles.js';

/** Paragraphs shown before "Read more". */
const VISIBLE_PARAGRAPHS = 1;

/**
 * Shows one session: event, kind, title, time in the event's zone and the viewer's, status,
 * background, guiding questions and links.
 * @tagname uclg-session-card
 * @csspart card - The card's frame.
 * @csspart button - Read more and Retry buttons.
 * @csspart calendar - The "Add to calendar" control.
 * @fires {UclgStatusChangeEvent} uclg-status-change - When the session starts or ends while shown.
 * @cssprop [--uclg-session-card-background=var(--uclg-surface-color)] - Card background.
 * @cssprop [--uclg-session-card-kind-color=var(--uclg-accent)] - Colour of the session kind.
 * @cssprop [--uclg-session-card-padding=var(--uclg-spacing)] - Inner spacing.
 */
export class UclgSessionCard extends UclgSessionElement {
  static override styles = styles;

  /** Level of the title's heading, 2–6; the questions' heading is one below. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** Leave out the schema.org Event (microdata) that the card otherwise describes its session with. */
  @property({type: Boolean, attribute: 'no-structured-data'}) noStructuredData = false;

  @state() private expanded = false;

  private readonly time = new ClockController(this, this.clock, () => (this.current ? [this.current.session] : []));

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    releaseStructuredData(this);
  }

  private handleReadMore(): void {
    this.expanded = !this.expanded;
  }

  override render(): TemplateResult | undefined {
    const blocked = this.renderState();
    if (blocked) return blocked;
    const {feed, session} = this.current!;
    const level = Math.min(6, Math.max(2, this.headingLevel || 3));
    return html`<article part="card" aria-labelledby="title" lang=${this.language}>
      ${this.renderStale()}
      <p class="event">${this.text(feed.event.name)}</p>
      <p class="kind">${this.text(session.kind)}</p>
      <div class="title" role="heading" aria-level=${level} id="title">${this.text(session.title)}</div>
      ${session.subtitle ? html`<p class="subtitle">${this.text(session.subtitle)}</p>` : nothing}
      ${this.renderTimes(session)}
      ${this.renderStatus(this.time.status(session))}
      ${this.renderCalendar(session, feed)}
      ${session.theme ?? feed.event.theme ? html`<p class="theme">${this.text(session.theme ?? feed.event.theme)}</p>` : nothing}
      ${session.summary ? html`<p class="summary">${this.text(session.summary)}</p>` : nothing}
      ${this.renderBody(session)}
      <uclg-guiding-questions theme=${this.theme ?? nothing} ?compact=${this.compact} .feed=${feed} session=${session.id} heading-level=${Math.min(6, level + 1)}></uclg-guiding-questions>
      ${this.renderLinks(session.links)}
      ${structuredData(this, feed, this.noStructuredData ? [] : [session], this.language)}
    </article>`;
  }

  private renderTimes(session: Session) {
    const eventView = describeTime(session.start, session.end, session.timeZone, this.language);
    const zone = this.timeZone || viewerTimeZone();
    const mine = describeTime(session.start, session.end, zone, this.language, session.timeZone);
    const same = mine.date === eventView.date && mine.time === eventView.time && mine.zone === eventView.zone;
    const iso = new Date(session.start).toISOString();
    return html`<p class="when"><time datetime=${iso}>${eventView.date} · ${eventView.time} ${eventView.zone}</time></p>
      ${same ? nothing : html`<p class="when viewer">${this.renderViewerTime(mine)}</p>`}`;
  }

  private renderViewerTime(view: TimeView) {
    const shift = view.dayShift ? ` (${formatDayShift(view.dayShift, this.language)})` : '';
    return this.msg(str`${view.time} your time (${view.zone})${shift}`, {
      id: 'card.your-time',
      desc: 'Session time in the visitor\'s own zone: time range, zone abbreviation, then an optional "(+1 day)".',
    });
  }

  private renderCalendar(session: Session, feed: Feed) {
    const status = this.time.status(session);
    if (status !== 'upcoming' && status !== 'live') return nothing;
    return html`<uclg-add-to-calendar part="calendar" theme=${this.theme ?? nothing} .session=${session} .feed=${feed}></uclg-add-to-calendar>`;
  }

  private renderStatus(status: SessionStatus) {
    return html`<p><span class="status ${status}">${statusLabel(status, this.msg)}</span></p>`;
  }

  private renderBody(session: Session) {
    if (!session.body.length) return nothing;
    const hasMore = session.body.length > VISIBLE_PARAGRAPHS;
    return html`<div class="body" id="body">
        ${session.body.map(
          (p, i) => html`<p class=${i < VISIBLE_PARAGRAPHS || this.expanded ? '' : 'more'}>${this.text(p)}</p>`,
        )}
      </div>
      ${hasMore
        ? html`<button type="button" part="button" aria-expanded=${this.expanded} aria-controls="body" @click=${this.handleReadMore}>
            ${this.expanded
              ? this.msg('Show less', {id: 'card.show-less', desc: 'Collapses the background text again.'})
              : this.msg('Read more', {id: 'card.read-more', desc: 'Expands the full background text of the session.'})}
          </button>`
        : nothing}`;
  }

  private renderLinks(links: SessionLinks) {
    const present = LINK_ORDER.filter((k) => links[k]);
    if (!present.length) return nothing;
    return html`<ul class="links">
      ${present.map((k) => {
        const href = links[k]!;
        return html`<li><a href=${href} rel=${isExternal(href) ? 'noopener noreferrer' : nothing}>${linkLabel(k, this.msg)}</a></li>`;
      })}
    </ul>`;
  }
}
