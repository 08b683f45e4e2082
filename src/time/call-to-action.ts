/**
 * The one thing a visitor should do next about a session, as the session moves on: register,
 * then join the livestream, then watch the recording. Pure clock logic: what to show at `now`,
 * and the next instant at which that changes (the card books it with the shared ticker).
 */
import type {Session, SessionLinks} from '../core/types.js';

export type CallToActionKind = 'register' | 'closed' | 'full' | 'stream' | 'recording' | 'recording-soon';

export interface CallToAction {
  readonly kind: CallToActionKind;
  /** The link it opens, when it is one ("Registration closed", "Full" and "Recording coming soon" are not). */
  readonly link?: keyof SessionLinks;
  readonly href?: string;
}

export type CallToActionSession = Pick<Session, 'start' | 'end' | 'status' | 'links' | 'registration'>;

export interface CallToActionAt {
  /** Undefined: nothing to do (cancelled, postponed, or no link that fits the moment). */
  readonly action?: CallToAction;
  /** Links the list of other links leaves out: the action's own, "Register" once registration is over or full, and the recording until the end. */
  readonly hidden: readonly (keyof SessionLinks)[];
  /** The next instant at which `action` or `hidden` changes; undefined when they never will again. */
  readonly next?: number;
}

const to = (kind: CallToActionKind, links: SessionLinks, link?: keyof SessionLinks): CallToAction =>
  link ? {kind, link, href: links[link]} : {kind};

/**
 * The action at `now`. The livestream wins while live (start ≤ now < end); a full session says
 * so until it ends; otherwise "Register" until registration closes (at `closes`, else at the
 * start), then "Registration closed"; after the end, the recording or its promise.
 */
function actionAt(s: CallToActionSession, now: number): CallToAction | undefined {
  const {links, registration} = s;
  if (s.status !== 'scheduled') return undefined;
  if (now >= s.end) return links.recording ? to('recording', links, 'recording') : to('recording-soon', links);
  if (now >= s.start && links.stream) return to('stream', links, 'stream');
  if (registration?.full) return to('full', links);
  if (!links.register) return undefined;
  return now < (registration?.closes ?? s.start) ? to('register', links, 'register') : to('closed', links);
}

function stateAt(s: CallToActionSession, now: number): Omit<CallToActionAt, 'next'> {
  const action = actionAt(s, now);
  const over = s.status === 'scheduled' && (s.registration?.full || now >= (s.registration?.closes ?? s.start));
  // The recording is no link to follow before the session has ended (then it is the action).
  const hidden = [action?.link, over && 'register', s.status === 'scheduled' && now < s.end && s.links.recording && 'recording'].filter((k): k is keyof SessionLinks => !!k);
  return {action, hidden};
}

const key = ({action, hidden}: Omit<CallToActionAt, 'next'>): string => [action?.kind, action?.href, ...hidden].join();

/** What to show at `now`, and when that next changes. */
export function callToAction(s: CallToActionSession, now: number): CallToActionAt {
  const state = stateAt(s, now);
  // It can only change at one of these instants: the first that changes it is the next.
  const next = [s.registration?.closes, s.start, s.end]
    .filter((t): t is number => t !== undefined && t > now)
    .sort((a, b) => a - b)
    .find((t) => key(stateAt(s, t)) !== key(state));
  return {...state, next};
}
