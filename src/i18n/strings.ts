/**
 * Interface strings that several widgets share: defined once, translated once, looked up with
 * the `msg` of the element asking (its language).
 */
import type {SessionLinks} from '../core/types.js';
import type {SessionStatus} from '../core/types.js';
import type {Msg} from './msg.js';
import {addStrings} from './msg.js';
import {linkStrings} from './generated/strings/link.js';
import {statusStrings} from './generated/strings/status.js';

addStrings(linkStrings);
addStrings(statusStrings);

export function statusLabel(status: SessionStatus, msg: Msg): string {
  switch (status) {
    case 'upcoming':
      return msg('Upcoming', {id: 'status.upcoming', desc: 'Status badge: the session has not started yet.'});
    case 'live':
      return msg('Live now', {id: 'status.live', desc: 'Status badge: the session is taking place right now.'});
    case 'ended':
      return msg('Ended', {id: 'status.ended', desc: 'Status badge: the session is over.'});
    case 'cancelled':
      return msg('Cancelled', {id: 'status.cancelled', desc: 'Status badge: the session will not take place.'});
    case 'postponed':
      return msg('Postponed', {id: 'status.postponed', desc: 'Status badge: the session moved to a later date not yet set.'});
  }
}

export function linkLabel(link: keyof SessionLinks, msg: Msg): string {
  switch (link) {
    case 'details':
      return msg('Details', {id: 'link.details', desc: 'Link to the session\'s page.'});
    case 'register':
      return msg('Register', {id: 'link.register', desc: 'Link to register for the session.'});
    case 'stream':
      return msg('Watch live', {id: 'link.stream', desc: 'Link to the live stream.'});
    case 'recording':
      return msg('Watch the recording', {id: 'link.recording', desc: 'Link to the recording after the session.'});
  }
}

export const LINK_ORDER: readonly (keyof SessionLinks)[] = ['details', 'register', 'stream', 'recording'];
