import {expect} from '@open-wc/testing';
import {serializeFeed} from './serialize.js';

describe('editor serializeFeed', () => {
  it('writes keys in the schema order, 2-space indent and a final newline', () => {
    const shuffled = {
      sessions: [{
        timeZone: 'Europe/Madrid', end: '2021-05-19T13:30', title: {es: 'T', en: 'T', fr: 'T'}, id: 'a', start: '2021-05-19T12:00',
        links: {recording: 'https://r', details: 'https://d'}, kind: {fr: 'K', en: 'K'}, body: [{es: 'b', en: 'b'}],
        people: [{role: 'host', name: 'Ana', affiliation: {fr: 'x', en: 'y'}}],
        registration: {full: true, closes: '2021-05-18T10:00'},
        location: {country: 'ES', mode: 'hybrid'},
      }],
      event: {defaultLanguage: 'en', name: {fr: 'N', en: 'N'}, id: 'e'},
      version: 1,
      $schema: 's',
    };
    const text = serializeFeed(shuffled);
    expect(text.endsWith('}\n')).to.equal(true);
    expect(text.split('\n')[1]).to.equal('  "$schema": "s",');
    const back = JSON.parse(text);
    expect(Object.keys(back)).to.deep.equal(['$schema', 'version', 'event', 'sessions']);
    expect(Object.keys(back.event)).to.deep.equal(['id', 'name', 'defaultLanguage']);
    expect(Object.keys(back.event.name)).to.deep.equal(['en', 'fr']);
    const s = back.sessions[0];
    expect(Object.keys(s)).to.deep.equal(['id', 'kind', 'title', 'body', 'start', 'end', 'timeZone', 'links', 'people', 'location', 'registration']);
    expect(Object.keys(s.title)).to.deep.equal(['en', 'fr', 'es']);
    expect(Object.keys(s.body[0])).to.deep.equal(['en', 'es']);
    expect(Object.keys(s.links)).to.deep.equal(['details', 'recording']);
    expect(Object.keys(s.people[0])).to.deep.equal(['name', 'role', 'affiliation']);
    expect(Object.keys(s.people[0].affiliation)).to.deep.equal(['en', 'fr']);
    expect(Object.keys(s.registration)).to.deep.equal(['closes', 'full']);
    expect(Object.keys(s.location)).to.deep.equal(['mode', 'country']);
    expect(back).to.deep.equal(shuffled);
  });

  it('keeps keys it does not know, after the known ones', () => {
    const back = JSON.parse(serializeFeed({extra: {b: 1, a: 2}, version: 1, event: {x: 1, id: 'e'}, sessions: []}));
    expect(Object.keys(back)).to.deep.equal(['version', 'event', 'sessions', 'extra']);
    expect(Object.keys(back.extra)).to.deep.equal(['b', 'a']);
    expect(Object.keys(back.event)).to.deep.equal(['id', 'x']);
  });

  it('gives one text for one feed, whatever the order it was built in', () => {
    const a = {version: 1, event: {id: 'e', name: {en: 'E', fr: 'F'}}, sessions: []};
    const b = {sessions: [], event: {name: {fr: 'F', en: 'E'}, id: 'e'}, version: 1};
    expect(serializeFeed(a)).to.equal(serializeFeed(b));
  });
});
