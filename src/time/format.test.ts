import {expect} from '@open-wc/testing';
import {describeTime, formatDayShift, rangeText, zonedRangeText, zoneLabel, zoneText} from './format.js';
import {parseInstant} from './instant.js';

const start = Date.UTC(2021, 4, 19, 10, 0);
const end = Date.UTC(2021, 4, 19, 11, 30);

describe('time/format', () => {
  it('shows the event time with its zone label in each language', () => {
    expect(describeTime(start, end, 'Europe/Madrid', 'en')).to.deep.include({date: 'Wednesday, 19 May 2021', time: '12:00–13:30', zone: 'CEST', dayShift: 0});
    expect(describeTime(start, end, 'Europe/Madrid', 'fr')).to.deep.include({date: 'mercredi 19 mai 2021', zone: 'CEST'});
    expect(describeTime(start, end, 'Europe/Madrid', 'es').date).to.equal('miércoles, 19 de mayo de 2021');
  });

  it('shows the same instants in another zone, with the day shift against the event zone', () => {
    expect(describeTime(start, end, 'America/New_York', 'en', 'Europe/Madrid')).to.deep.include({time: '06:00–07:30', zone: 'EDT', dayShift: 0});
    const kiritimati = describeTime(start, end, 'Pacific/Kiritimati', 'en', 'Europe/Madrid');
    expect(kiritimati).to.deep.include({time: '00:00–01:30', dayShift: 1, date: 'Thursday, 20 May 2021'});
    const late = Date.UTC(2021, 4, 19, 1, 0);
    expect(describeTime(late, late + 3600_000, 'America/Los_Angeles', 'en', 'Europe/Madrid').dayShift).to.equal(-1);
  });

  it('labels zones without an abbreviation by their offset', () => {
    expect(zoneLabel(start, 'Asia/Kathmandu', 'en')).to.match(/^(GMT|UTC)\+5:45$/);
    expect(zoneLabel(start, 'America/New_York', 'fr')).to.equal('EDT');
  });

  it('says when a session ends on a later day, in each language', () => {
    const at = (iso: string) => Date.parse(iso);
    // Within one day: the range alone.
    expect(rangeText(describeTime(start, end, 'Europe/Madrid', 'en'), 'en')).to.equal('12:00–13:30');
    // Overnight in the event's zone, not in UTC.
    const night = describeTime(at('2021-05-19T23:00:00+02:00'), at('2021-05-20T00:30:00+02:00'), 'Europe/Madrid', 'en');
    expect(rangeText(night, 'en')).to.equal('23:00–00:30 (+1 day)');
    expect(rangeText(describeTime(at('2021-05-19T23:00:00+02:00'), at('2021-05-20T00:30:00+02:00'), 'UTC', 'en'), 'en')).to.equal('21:00–22:30');
    // Two days, and three: never "09:00–17:00" alone.
    const two = describeTime(at('2021-05-19T09:00:00+02:00'), at('2021-05-20T17:00:00+02:00'), 'Europe/Madrid', 'fr');
    expect(rangeText(two, 'fr').replace(/\u202f|\u2009|\u00a0/g, ' ')).to.equal('09:00 – 17:00 (+1 jour)');
    const three = describeTime(at('2021-05-19T09:00:00+02:00'), at('2021-05-21T17:00:00+02:00'), 'Europe/Madrid', 'es');
    expect(rangeText(three, 'es')).to.equal('09:00–17:00 (+2 días)');
  });

  it('labels each end when the clocks change while the session runs, in each language', () => {
    const at = (iso: string) => Date.parse(iso);
    const plain = (t: string) => t.replace(/\u202f|\u2009|\u00a0/g, ' ');
    // Madrid, the night summer time ends (03:00 CEST is 02:00 CET): one hour from 01:30 to 02:30
    // as the wall clock reads it, two in fact.
    const [from, to] = [at('2026-10-25T01:30:00+02:00'), at('2026-10-25T02:30:00+01:00')];
    const want = {en: '01:30 CEST – 02:30 CET', fr: '01:30 CEST – 02:30 CET', es: '01:30 CEST – 02:30 CET'};
    for (const [lang, text] of Object.entries(want) as ['en' | 'fr' | 'es', string][]) {
      const view = describeTime(from, to, 'Europe/Madrid', lang);
      expect(plain(zonedRangeText(view, lang))).to.equal(text);
      expect(zoneText(view)).to.equal('CEST – CET');
      // The plain range stays as it was, for lines that give the zone apart.
      expect(plain(rangeText(view, lang))).to.match(/^0?1:30 ?– ?0?2:30$/);
    }
    // Santiago's clocks go from 00:00 to 01:00: overnight and across the change at once.
    const santiago = describeTime(at('2022-09-10T23:30:00-04:00'), at('2022-09-11T01:30:00-03:00'), 'America/Santiago', 'en');
    expect(zonedRangeText(santiago, 'en')).to.equal('23:30 GMT-4 – 01:30 GMT-3 (+1 day)');
    // No change of the clocks: as before, one label after the range.
    expect(zonedRangeText(describeTime(start, end, 'Europe/Madrid', 'fr'), 'fr').replace(/\s/g, ' ')).to.equal('12:00 – 13:30 CEST');
    expect(describeTime(start, end, 'Europe/Madrid', 'en')).not.to.have.property('endZone');
  });

  it('words a day shift through Intl in each language', () => {
    expect(formatDayShift(1, 'en')).to.equal('+1 day');
    // CLDR's French minus sign is not the ASCII hyphen.
    expect(formatDayShift(-1, 'fr')).to.match(/^[^+\d]1\sjour$/);
    expect(formatDayShift(2, 'es')).to.equal('+2 días');
  });
});

describe('time/instant', () => {
  it('reads offsets, Z and fractions exactly', () => {
    expect(parseInstant('2021-05-19T12:00:00+02:00', 'UTC')).to.equal(start);
    expect(parseInstant('2021-05-19T10:00Z', 'Asia/Tokyo')).to.equal(start);
    expect(parseInstant('2021-05-19T10:00:00.250Z', 'UTC')).to.equal(start + 250);
    expect(parseInstant('2021-05-19T04:15:00-05:45', 'UTC')).to.equal(start);
  });

  it('reads a wall-clock time in the given zone, not the browser zone', () => {
    expect(parseInstant('2021-05-19T12:00', 'Europe/Madrid')).to.equal(start);
    expect(parseInstant('2021-05-19T15:45', 'Asia/Kathmandu')).to.equal(start);
    expect(parseInstant('2021-05-19T20:00', 'Australia/Sydney')).to.equal(start);
  });

  it('reads wall-clock times on DST change days with the offset in force', () => {
    // Madrid springs forward at 02:00 on 28 March 2021: 03:30 is CEST (+02:00).
    expect(parseInstant('2021-03-28T03:30', 'Europe/Madrid')).to.equal(Date.UTC(2021, 2, 28, 1, 30));
    expect(parseInstant('2021-03-28T01:30', 'Europe/Madrid')).to.equal(Date.UTC(2021, 2, 28, 0, 30));
    // Sydney falls back at 03:00 on 4 April 2021: 12:00 that day is AEST (+10:00).
    expect(parseInstant('2021-04-04T12:00', 'Australia/Sydney')).to.equal(Date.UTC(2021, 3, 4, 2, 0));
    expect(parseInstant('2021-04-03T12:00', 'Australia/Sydney')).to.equal(Date.UTC(2021, 3, 3, 1, 0));
  });
});
