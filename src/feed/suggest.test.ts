import {expect} from '@open-wc/testing';
import {parseFeed} from './parse.js';
import {hint, valueMeant} from './hints.js';
import {suggestDateTime, suggestZone} from './suggest.js';
import {parseInstant, zoneOffset} from '../time/instant.js';
import {isTimeZone} from '../time/wall-clock.js';

/** Every zone a suggestion names, in its order. */
const named = (s: string | undefined): string[] => [...(s ?? '').matchAll(/"([A-Za-z_]+(?:\/[A-Za-z_+-]+)+)"/g)].map((m) => m[1]);
const JAN = Date.UTC(2025, 0, 15, 12);
const JUL = Date.UTC(2025, 6, 15, 12);
const HOUR = 3_600_000;
const zone = (v: string) => suggestZone(v)?.text;
const dateTime = (v: string) => suggestDateTime(v)?.text;

describe('hints: the zone a content editor meant', () => {
  it('"CEST", as the session documents write it: an abbreviation, with zones on CEST, Madrid, Paris and Brussels first', () => {
    const s = zone('CEST');
    expect(s).to.match(/^"CEST" is an abbreviation, not a zone \(\d+ zones use it\): name the zone of the session's city, such as /);
    expect(named(s)).to.deep.equal(['Europe/Madrid', 'Europe/Paris', 'Europe/Brussels']);
  });

  it('names and offsets: every zone offered is one this browser knows, on that offset in January or July', () => {
    const cases: [string, number][] = [['GMT+2', 2], ['UTC+02:00', 2], ['UTC-5', -5], ['+05:30', 5.5], ['Central European Summer Time', 2], ['Eastern Time', -5]];
    for (const [value, hours] of cases) {
      const zones = named(zone(value));
      expect(zones.length, value).to.be.greaterThan(0);
      for (const z of zones) {
        expect(isTimeZone(z), z).to.equal(true);
        // A long name can be the winter or the summer one ("Eastern Time": -5 or -4).
        const offsets = [zoneOffset(z, JAN), zoneOffset(z, JUL)].map((o) => o / HOUR);
        expect(offsets.includes(hours) || (/Time$/.test(value) && offsets.includes(hours + 1)), `${value}: ${z} ${offsets}`).to.equal(true);
      }
    }
    expect(zone('GMT+2')).to.match(/^"GMT\+2" is an offset, not a zone/);
  });

  it('a city, a typo, spaces around: the one zone meant', () => {
    expect(zone('Madrid')).to.equal('name the zone with its region: "Europe/Madrid"');
    expect(zone('new york')).to.equal('name the zone with its region: "America/New_York"');
    expect(named(zone('São Paulo'))).to.deep.equal(['America/Sao_Paulo']);
    expect(zone('Europe/Madird')).to.equal('did you mean "Europe/Madrid"?');
    expect(zone('America/NewYork')).to.equal('did you mean "America/New_York"?');
    expect(zone('Europe/Brussels ')).to.equal('remove the spaces around it: "Europe/Brussels"');
  });

  it('the one zone meant is a value the editor can write; a list of zones is not', () => {
    expect(suggestZone('Madrid')?.value).to.equal('Europe/Madrid');
    expect(suggestZone('Europe/Madird')?.value).to.equal('Europe/Madrid');
    expect(suggestZone('Europe/Brussels ')?.value).to.equal('Europe/Brussels');
    expect(suggestZone('CEST')?.value).to.equal(undefined);
    expect(suggestZone('GMT+2')?.value).to.equal(undefined);
  });

  it('nothing to suggest: undefined, and the hint explains the format instead', () => {
    for (const v of ['Barcelona', 'xyz', '', 'Europe/Nowhere/Atlantis']) expect(zone(v), v).to.equal(undefined);
    expect(hint('sessions[0].timeZone', '"Barcelona" is not an IANA time zone such as "Europe/Madrid"')).to.match(/^use an IANA zone name/);
  });
});

describe('hints: the date-time a content editor meant', () => {
  // [written, suggested]: each is the same instant, read in the session's zone.
  const cases: [string, string][] = [
    ['2021-05-19 12:00', '2021-05-19T12:00'],
    ['2021-05-19T12:00 CEST', '2021-05-19T12:00'],
    ['2021-05-19 12:00 (CEST)', '2021-05-19T12:00'],
    ['2021-05-19T12h00', '2021-05-19T12:00'],
    ['2021-05-19T12:00+0200', '2021-05-19T12:00+02:00'],
    ['2021-05-19T12:00:00 +02:00', '2021-05-19T12:00:00+02:00'],
    ['19/05/2021 12:00', '2021-05-19T12:00'],
    ['5/19/2021 9:30', '2021-05-19T09:30'],
    ['19.05.2021 12:00:00', '2021-05-19T12:00:00'],
  ];
  for (const [written, meant] of cases) {
    it(`"${written}" → "${meant}", which the feed reads`, () => {
      const s = dateTime(written);
      expect(s).to.match(new RegExp(`^did you mean "${meant.replace(/[+.]/g, '\\$&')}"\\?`));
      expect(parseInstant(meant, 'Europe/Madrid'), meant).to.be.a('number');
      // Without an offset, the hint says the time is read in the session's zone; with one, it does not.
      expect(s!.includes("wall-clock time in the session's timeZone"), s).to.equal(!/[+-]\d{2}:\d{2}$/.test(meant));
    });
  }

  it('one reading is a value the editor can write; two readings, or a date without its time, are not', () => {
    expect(suggestDateTime('19/05/2021 12:00')?.value).to.equal('2021-05-19T12:00');
    expect(suggestDateTime('2021-05-19T12:00+0200')?.value).to.equal('2021-05-19T12:00+02:00');
    expect(suggestDateTime('05/06/2021 12:00')?.value).to.equal(undefined);
    expect(suggestDateTime('2021-05-19')?.value).to.equal(undefined);
  });

  it('a day and a month that both read as dates ("05/06/2021"): both offered, day first, and said which is which', () => {
    expect(dateTime('05/06/2021 12:00')).to.equal(
      'did you mean "2021-06-05T12:00" (day first) or "2021-05-06T12:00" (month first)? The date is written year-month-day (wall-clock time in the session\'s timeZone)',
    );
  });

  it('a date without its time; then values that cannot be read: nothing made up', () => {
    expect(dateTime('2021-05-19')).to.equal('add the time of day: "2021-05-19T12:00" for noon, wall-clock time in the session\'s timeZone');
    for (const v of ['June 14', '2021-05-19 25:00', '31/02/2021 12:00', '2021-05-19 12h', '', '2021-05-19T12:00']) expect(dateTime(v), v).to.equal(undefined);
  });
});

describe('hints: what the validator and the editor print for parseFeed\'s problems', () => {
  it('a session with "CEST", "2021-05-19 12:00" and a day-first end: each problem\'s hint names the value to write', () => {
    const session = {id: 'a', kind: {en: 'Dialogue'}, title: {en: 'Water'}, body: [], start: '2021-05-19 12:00', end: '19/05/2021 13:30', timeZone: 'CEST', registration: {closes: '2021-05-18 18:00'}};
    const {problems} = parseFeed({version: 1, event: {id: 'e', name: {en: 'E'}, defaultLanguage: 'en'}, sessions: [session]});
    const hints = Object.fromEntries(problems.map((p) => [p.path, hint(p.path, p.message)]));
    expect(named(hints['sessions[0].timeZone'])).to.deep.equal(['Europe/Madrid', 'Europe/Paris', 'Europe/Brussels']);
    expect(hints['sessions[0].start']).to.match(/^did you mean "2021-05-19T12:00"\?/);
    expect(hints['sessions[0].end']).to.match(/^did you mean "2021-05-19T13:30"\? The date is written year-month-day/);
    expect(hints['sessions[0].registration.closes']).to.match(/^did you mean "2021-05-18T18:00"\?/);
  });

  it('other problems keep their hint: a zone suggestion is given only for a zone refused', () => {
    expect(hint('sessions[0].kind', '"CEST" is a plain string; expected a map of languages such as {"en": "CEST"}')).to.match(/^write \{"en"/);
    expect(hint('sessions[0].end', '"2021-05-19T12:00" is not after start "2021-05-19T12:00"')).to.equal('make end later than start');
  });
});

describe('hints: the value meant for a closed list, a country, an id or an address', () => {
  // [path, the value as the feed has it, the value the hint names]: each through parseFeed's own message.
  const session = {id: 'a', kind: {en: 'K'}, title: {en: 'T'}, body: [], start: '2021-05-19T12:00', end: '2021-05-19T13:30', timeZone: 'Europe/Madrid'};
  const cases: [string, Record<string, unknown>, Record<string, unknown>, string][] = [
    ['sessions[0].status', {status: 'canceled'}, {}, 'cancelled'],
    ['sessions[0].status', {status: 'Rescheduled'}, {}, 'postponed'],
    ['sessions[0].people[0].role', {people: [{name: 'Ana', role: 'Chair'}]}, {}, 'moderator'],
    ['sessions[0].people[0].role', {people: [{name: 'Ana', role: 'Moderator'}]}, {}, 'moderator'],
    ['sessions[0].location.mode', {location: {mode: 'in person'}}, {}, 'in-person'],
    ['sessions[0].location.mode', {location: {mode: 'Présentiel'}}, {}, 'in-person'],
    ['sessions[0].location.mode', {location: {mode: 'virtual'}}, {}, 'online'],
    ['sessions[0].location.country', {location: {mode: 'in-person', country: 'España'}}, {}, 'ES'],
    ['sessions[0].location.country', {location: {mode: 'in-person', country: 'United States'}}, {}, 'US'],
    ['sessions[0].id', {id: 'Inclusive Digitalization'}, {}, 'inclusive-digitalization'],
    ['sessions[0].links.details', {links: {details: 'www.uclg.org/sessions/a'}}, {}, 'https://www.uclg.org/sessions/a'],
    ['sessions[0].people[0].photo', {people: [{name: 'Ana', photo: 'example.org/ana.jpg'}]}, {}, 'https://example.org/ana.jpg'],
    ['event.defaultLanguage', {}, {defaultLanguage: 'Español'}, 'es'],
    ['event.defaultLanguage', {}, {defaultLanguage: 'EN'}, 'en'],
  ];
  for (const [path, patch, event, meant] of cases) {
    it(`${path}: ${JSON.stringify(Object.values({...patch, ...event})[0])} → "${meant}"`, () => {
      const {problems} = parseFeed({version: 1, event: {id: 'e', name: {en: 'E'}, defaultLanguage: 'en', ...event}, sessions: [{...session, ...patch}]});
      const problem = problems.find((p) => p.path === path);
      expect(problem, JSON.stringify(problems)).to.not.equal(undefined);
      expect(hint(problem!.path, problem!.message)).to.equal(`did you mean "${meant}"?`);
      expect(valueMeant(problem!.path, problem!.message)).to.equal(meant);
    });
  }

  it('nothing near: the general hint, never a guess', () => {
    const {problems} = parseFeed({
      version: 1, event: {id: 'e', name: {en: 'E'}, defaultLanguage: 'en'},
      sessions: [{...session, status: 'xyz', links: {details: 'javascript:alert(1)', register: 'see the website'}, location: {mode: 'in-person', country: 'Atlantis'}}],
    });
    const hints = problems.map((p) => hint(p.path, p.message));
    expect(hints.length).to.equal(4);
    for (const h of hints) expect(h).to.not.match(/did you mean/);
    for (const p of problems) expect(valueMeant(p.path, p.message), p.path).to.equal(undefined);
  });
});
