import {expect} from '@open-wc/testing';
import type {SessionLinks} from '../core/types.js';
import {callToAction, type CallToActionSession} from './call-to-action.js';

const START = Date.parse('2026-06-10T09:00:00Z');
const END = Date.parse('2026-06-10T10:30:00Z');
const CLOSES = Date.parse('2026-06-08T22:00:00Z');
const LINKS: SessionLinks = {
  details: 'https://example.org/s',
  register: 'https://example.org/s/register',
  stream: 'https://example.org/s/live',
  recording: 'https://example.org/s/recording',
};
const REGISTER = {kind: 'register', link: 'register', href: LINKS.register};
const STREAM = {kind: 'stream', link: 'stream', href: LINKS.stream};
const RECORDING = {kind: 'recording', link: 'recording', href: LINKS.recording};

const session = (over: Partial<CallToActionSession> = {}): CallToActionSession => ({start: START, end: END, status: 'scheduled', links: LINKS, ...over});
const kindAt = (s: CallToActionSession, now: number) => callToAction(s, now).action?.kind;

describe('time/call-to-action', () => {
  it('Register until registration closes, then Registration closed, the livestream while live, the recording after', () => {
    const s = session({registration: {closes: CLOSES, full: false}});
    // The recording stays out of the list until the end, when it is the action.
    expect(callToAction(s, CLOSES - 1)).to.deep.equal({action: REGISTER, hidden: ['register', 'recording'], next: CLOSES});
    expect(callToAction(s, CLOSES)).to.deep.equal({action: {kind: 'closed'}, hidden: ['register', 'recording'], next: START});
    expect(callToAction(s, START - 1)).to.deep.equal({action: {kind: 'closed'}, hidden: ['register', 'recording'], next: START});
    expect(callToAction(s, START)).to.deep.equal({action: STREAM, hidden: ['stream', 'register', 'recording'], next: END});
    expect(kindAt(s, END - 1)).to.equal('stream');
    expect(callToAction(s, END)).to.deep.equal({action: RECORDING, hidden: ['recording', 'register'], next: undefined});
  });

  it('without a closing time, registration is open until the start', () => {
    const s = session({links: {register: LINKS.register}});
    expect(callToAction(s, START - 1)).to.deep.equal({action: REGISTER, hidden: ['register'], next: START});
    // No stream: the session is on, registration is over.
    expect(callToAction(s, START)).to.deep.equal({action: {kind: 'closed'}, hidden: ['register'], next: END});
    expect(callToAction(s, END)).to.deep.equal({action: {kind: 'recording-soon'}, hidden: ['register'], next: undefined});
  });

  it('goes straight from Register to the livestream when registration closes at the start', () => {
    const s = session({registration: {closes: START, full: false}});
    expect(callToAction(s, START - 1)).to.deep.include({next: START});
    expect(kindAt(s, START)).to.equal('stream');
  });

  it('a registration that stays open after the start (walk-ins) yields to the livestream, and its link stays among the others until it closes', () => {
    const late = START + 15 * 60_000;
    const s = session({registration: {closes: late, full: false}});
    expect(callToAction(s, START - 1)).to.deep.include({next: START});
    expect(callToAction(s, START)).to.deep.equal({action: STREAM, hidden: ['stream', 'recording'], next: late});
    expect(callToAction(s, late)).to.deep.equal({action: STREAM, hidden: ['stream', 'register', 'recording'], next: END});
    const noStream = session({links: {register: LINKS.register}, registration: {closes: late, full: false}});
    expect(callToAction(noStream, START)).to.deep.equal({action: REGISTER, hidden: ['register'], next: late});
    expect(callToAction(noStream, late)).to.deep.equal({action: {kind: 'closed'}, hidden: ['register'], next: END});
  });

  it('Full (no link) whatever the registration time, until the livestream or the end', () => {
    const s = session({registration: {closes: CLOSES, full: true}});
    for (const t of [CLOSES - 86_400_000, CLOSES, START - 1]) expect(callToAction(s, t)).to.deep.equal({action: {kind: 'full'}, hidden: ['register', 'recording'], next: START});
    expect(kindAt(s, START)).to.equal('stream');
    const inPerson = session({links: {register: LINKS.register}, registration: {full: true}});
    expect(callToAction(inPerson, START)).to.deep.equal({action: {kind: 'full'}, hidden: ['register'], next: END});
    expect(kindAt(inPerson, END)).to.equal('recording-soon');
  });

  it('a recording link, and nothing else: out of the list until the end, then the action', () => {
    const s = session({links: {recording: LINKS.recording}});
    expect(callToAction(s, START - 1)).to.deep.equal({action: undefined, hidden: ['recording'], next: START});
    expect(callToAction(s, END - 1)).to.deep.equal({action: undefined, hidden: ['register', 'recording'], next: END});
    expect(callToAction(s, END)).to.deep.equal({action: RECORDING, hidden: ['recording', 'register'], next: undefined});
  });

  it('Recording coming soon without a recording link, and nothing more to wait for', () => {
    const s = session({links: {stream: LINKS.stream}});
    expect(callToAction(s, START - 1)).to.deep.equal({action: undefined, hidden: [], next: START});
    expect(callToAction(s, END + 86_400_000)).to.deep.equal({action: {kind: 'recording-soon'}, hidden: ['register'], next: undefined});
  });

  it('no primary action for a cancelled or postponed session, at any time, and every link stays', () => {
    for (const status of ['cancelled', 'postponed'] as const) {
      for (const t of [CLOSES - 1, START, END]) expect(callToAction(session({status, registration: {closes: CLOSES, full: false}}), t)).to.deep.equal({action: undefined, hidden: [], next: undefined});
    }
  });

  it('nothing before the start without a register link; the next instant skips instants that change nothing', () => {
    const s = session({links: {}});
    expect(callToAction(s, START - 1)).to.deep.equal({action: undefined, hidden: [], next: START});
    // At the start, registration is over (hidden changes) though nothing is shown.
    expect(callToAction(s, START)).to.deep.equal({action: undefined, hidden: ['register'], next: END});
    expect(callToAction(s, END)).to.deep.equal({action: {kind: 'recording-soon'}, hidden: ['register'], next: undefined});
    const full = session({links: {}, registration: {closes: CLOSES, full: true}});
    // Full from the start: closing changes nothing.
    expect(callToAction(full, CLOSES - 1)).to.deep.equal({action: {kind: 'full'}, hidden: ['register'], next: END});
  });
});
