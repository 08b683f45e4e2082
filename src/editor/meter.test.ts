import {expect} from '@open-wc/testing';
import {nextMissing, textPaths, translationMeter} from './meter.js';
import {toWallTime, addMinutes, newSession, duplicateSession} from './draft.js';
import {frozenNow} from './preview.js';

const draft = {
  version: 1,
  event: {id: 'e', name: {en: 'Event', fr: 'Événement', es: 'Evento'}, theme: {en: 'Theme'}},
  sessions: [
    {id: 'a', kind: {en: 'K', fr: 'K'}, title: {en: 'T', fr: ' '}, body: [{en: 'p', es: 'p'}], guidingQuestions: [{en: 'q'}],
      people: [{name: 'Ana', affiliation: {en: 'City'}}], location: {mode: 'hybrid', venue: {en: 'Hall', fr: 'Salle', es: 'Sala'}}},
    {id: 'b', kind: {en: 'K', fr: 'K', es: 'K'}, title: {en: 'T2'}},
  ],
};

describe('editor translation meter', () => {
  it('counts the texts the validator counts, a blank one as missing', () => {
    const m = translationMeter(draft);
    expect(m.texts).to.equal(10);
    expect(m.languages.en.present).to.equal(10);
    expect(m.languages.fr.present).to.equal(4);
    expect(m.languages.fr.missing).to.deep.equal([
      'event.theme', 'sessions[0].title', 'sessions[0].body[0]', 'sessions[0].guidingQuestions[0]', 'sessions[0].people[0].affiliation', 'sessions[1].title',
    ]);
    expect(m.languages.fr.missing).to.include('sessions[0].title');
    expect(m.languages.es.missing).to.deep.equal(['event.theme', 'sessions[0].kind', 'sessions[0].title', 'sessions[0].guidingQuestions[0]', 'sessions[0].people[0].affiliation', 'sessions[1].title']);
  });

  it('lists texts in form order', () => {
    expect(textPaths(draft).map(([p]) => p).slice(0, 6)).to.deep.equal([
      'event.name', 'event.theme', 'sessions[0].kind', 'sessions[0].title', 'sessions[0].body[0]', 'sessions[0].guidingQuestions[0]',
    ]);
  });

  it('jumps to the next missing text after the focused field, then round to the first', () => {
    const order = textPaths(draft).map(([p]) => p);
    const missing = translationMeter(draft).languages.es.missing;
    expect(nextMissing(missing, order)).to.equal('event.theme');
    expect(nextMissing(missing, order, 'event.theme.es')).to.equal('sessions[0].kind');
    expect(nextMissing(missing, order, 'sessions[0].title.fr')).to.equal('sessions[0].guidingQuestions[0]');
    expect(nextMissing(missing, order, 'sessions[1].title.es')).to.equal('event.theme');
    expect(nextMissing([], order)).to.equal(undefined);
  });
});

describe('editor draft times', () => {
  it('shows a start as wall-clock time in the session zone', () => {
    expect(toWallTime('2021-05-19T12:00:00+02:00', 'Europe/Madrid')).to.equal('2021-05-19T12:00');
    expect(toWallTime('2021-05-19T10:00:00Z', 'America/New_York')).to.equal('2021-05-19T06:00');
    expect(toWallTime('2021-03-28T02:30', 'Europe/Madrid')).to.equal('2021-03-28T02:30', 'a time in the gap stays as typed');
    expect(toWallTime('2021-05-19T12:00:00', 'Europe/Madrid')).to.equal('2021-05-19T12:00');
    expect(toWallTime('tomorrow', 'Europe/Madrid')).to.equal('');
    // A zone being corrected ("Madrid"): the time as its own offset writes it, not an empty field.
    expect(toWallTime('2021-05-19T12:00:00+02:00', 'Nowhere/City')).to.equal('2021-05-19T12:00');
    expect(toWallTime('2021-05-19T10:00:00Z', 'Madrid')).to.equal('2021-05-19T10:00');
  });

  it('adds a session after the last one, in its zone, with an id of its own', () => {
    const list = [{id: 'session-2', end: '2021-05-19T13:30:00+02:00', timeZone: 'Europe/Madrid'}];
    const s = newSession(list);
    expect(s).to.include({id: 'session-3', start: '2021-05-19T13:30', end: '2021-05-19T14:30', timeZone: 'Europe/Madrid'});
    expect(duplicateSession({id: 'a', title: {en: 'T'}}, [{id: 'a'}, {id: 'a-2'}])).to.deep.equal({id: 'a-3', title: {en: 'T'}});
    expect(addMinutes('2021-12-31T23:30', 60)).to.equal('2022-01-01T00:30');
  });

  it('freezes the preview before, during and after a session', () => {
    const s = {start: Date.UTC(2021, 4, 19, 10), end: Date.UTC(2021, 4, 19, 11, 30)};
    expect(frozenNow(s, 'real')).to.equal(undefined);
    expect(frozenNow(s, 'before')).to.equal('2021-05-19T09:00:00.000Z');
    expect(frozenNow(s, 'during')).to.equal('2021-05-19T10:45:00.000Z');
    expect(frozenNow(s, 'after')).to.equal('2021-05-19T11:31:00.000Z');
  });
});
