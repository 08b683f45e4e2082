import {expect} from '@open-wc/testing';
import {fromZonedTime} from 'date-fns-tz';
import {parseInstant, wallClockToInstant} from './instant.js';
import {clockJump, skippedWallTime} from './wall-clock.js';

const HOUR = 3_600_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 19);

describe('time/instant', () => {
  it('agrees with date-fns-tz fromZonedTime on every half hour around DST changes', () => {
    // The widget converts with Intl (date-fns-tz's fromZonedTime would be 2.4 KB of an 18 KB budget); date-fns-tz is the reference.
    const cases: [string, string][] = [
      ['Europe/Madrid', '2021-03-28'], ['Europe/Madrid', '2021-10-31'],
      ['America/New_York', '2021-03-14'], ['America/New_York', '2021-11-07'],
      ['Australia/Sydney', '2021-04-04'], ['Australia/Sydney', '2021-10-03'],
      ['Asia/Kathmandu', '2021-05-19'], ['Pacific/Kiritimati', '2021-05-19'], ['Australia/Lord_Howe', '2021-04-04'],
    ];
    let compared = 0;
    for (const [zone, day] of cases) {
      const midnight = Date.parse(`${day}T00:00:00Z`);
      for (let wall = midnight - 6 * HOUR; wall <= midnight + 30 * HOUR; wall += HOUR / 2) {
        const ours = wallClockToInstant(wall, zone)!;
        const reference = fromZonedTime(iso(wall), zone).getTime();
        // Where the wall-clock time exists (not in a spring-forward gap), both must agree.
        // Where a time happens twice (clocks going back), date-fns-tz takes the later one and we
        // the earlier (as RFC 5545 and Temporal do): both must still show that wall-clock time.
        const shows = (t: number) =>
          new Intl.DateTimeFormat('en-CA', {timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit'})
            .format(t).replace(', ', 'T') === iso(wall).slice(0, 16);
        if (!shows(ours)) continue;
        expect(shows(reference), `${zone} ${iso(wall)}`).to.be.true;
        expect(ours, `${zone} ${iso(wall)}`).to.be.at.most(reference);
        if (ours === reference) compared++;
      }
    }
    expect(compared).to.be.above(500);
  });

  it('takes the earlier of a repeated time and moves a skipped time forward', () => {
    // Madrid, 31 Oct 2021: 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET).
    expect(parseInstant('2021-10-31T02:30', 'Europe/Madrid')).to.equal(Date.UTC(2021, 9, 31, 0, 30));
    // Madrid, 28 Mar 2021: 02:30 never happens; it reads as 03:30 CEST (01:30Z).
    expect(parseInstant('2021-03-28T02:30', 'Europe/Madrid')).to.equal(Date.UTC(2021, 2, 28, 1, 30));
  });

  it('tells a skipped wall-clock time exactly where the clocks never show it, and the jump over it', () => {
    // Every half hour around each change: skipped exactly when the instant read shows another wall-clock time.
    for (const [zone, day] of [['Europe/Madrid', '2021-03-28'], ['Europe/Madrid', '2021-10-31'], ['America/New_York', '2021-03-14'], ['Australia/Lord_Howe', '2021-10-03'], ['Asia/Kathmandu', '2021-05-19']]) {
      const midnight = Date.parse(`${day}T00:00:00Z`);
      for (let wall = midnight; wall < midnight + 6 * HOUR; wall += HOUR / 2) {
        const t = parseInstant(iso(wall), zone)!;
        // What the zone's clocks show at t ("2021-03-28 03:30:00" in Swedish), read as if it were UTC.
        const shown = Date.parse(`${new Intl.DateTimeFormat('sv', {timeZone: zone, dateStyle: 'short', timeStyle: 'medium'}).format(t).replace(' ', 'T')}Z`);
        expect(skippedWallTime(iso(wall), zone) !== null, `${zone} ${iso(wall)}`).to.equal(shown !== wall);
      }
    }
    expect(skippedWallTime('2021-03-28T02:30', 'Europe/Madrid')).to.deep.equal({year: 2021, month: 3, day: 28, time: '02:30', wall: Date.UTC(2021, 2, 28, 2, 30)});
    expect(skippedWallTime('2021-03-28T02:30:15.5', 'Europe/Madrid')?.time).to.equal('02:30:15');
    expect(clockJump(Date.UTC(2021, 2, 28, 2, 30), 'Europe/Madrid')).to.deep.equal({from: '02:00', to: '03:00'});
    expect(clockJump(Date.UTC(2021, 9, 3, 2, 10), 'Australia/Lord_Howe')).to.deep.equal({from: '02:00', to: '02:30'});
    for (const [value, zone] of [['2021-03-28T02:30:00+01:00', 'Europe/Madrid'], ['2021-03-28T02:30', 'Mars/Olympus_Mons'], ['2021-02-30T02:30', 'Europe/Madrid'], ['2021-10-31T02:30', 'Europe/Madrid']]) {
      expect(skippedWallTime(value, zone), `${value} ${zone}`).to.equal(null);
    }
  });

  it('refuses an unknown zone', () => {
    expect(parseInstant('2021-05-19T12:00', 'Mars/Olympus_Mons')).to.equal(null);
  });
});
