/**
 * `uclg-widgets ics <feed.json | URL | -> [--lang en|fr|es] [--timeout <seconds>]`: the whole programme
 * as one iCalendar file (RFC 5545) on stdout, for a site to publish and name as the feed's
 * `event.calendar`. Each session keeps the UID the widgets give it (`<event id>.<session id>@uclg-widgets`),
 * so importing again, or after a visitor's own download, updates entries instead of duplicating them.
 * Kept out of uclg-widgets.js, which only dispatches here, so the two commands' files change apart.
 */

import {startCommand} from './args.js';

export const ICS_USAGE = `Usage: uclg-widgets ics <feed.json | https://… | -> [--lang <en|fr|es>] [--timeout <seconds>]

Prints every session of the feed as one iCalendar file (RFC 5545) on stdout, in the language asked
(default: the feed's defaultLanguage), with the event's name as the calendar's name. Publish it and
name its URL as the feed's event.calendar: the agenda then offers "Subscribe".

Exit status: 0 written, 2 input unreadable, not a feed, or wrong usage.`;

/** Runs the command; `io` lends the main file's input reading and parser loading. */
export async function ics(argv, {readInput, parseJson, loadParser}) {
  const {opts, status, fail} = startCommand(argv, ICS_USAGE, ['lang', 'timeout'], {timeout: 15});
  if (!opts) return status;
  const [input, ...extra] = opts.rest;
  if (!input || extra.length) return fail(input ? `one feed at a time, not ${opts.rest.length}` : 'which feed?', true);
  const timeout = Number(opts.timeout);
  if (!(timeout > 0)) return fail(`--timeout needs a number of seconds, not ${JSON.stringify(opts.timeout)}`);
  let parser, calendar, pick, json;
  try {
    [parser, calendar, pick] = await Promise.all([loadParser(), import('../dist/calendar/ics.js'), import('../dist/i18n/language.js')]);
    json = parseJson(await readInput(input, timeout), input === '-' ? 'standard input' : input);
  } catch (e) {
    return fail(e.message);
  }
  const {feed, problems} = parser.parseFeed(json);
  if (!feed) return fail(`${input} is not a feed the widgets can read (npx uclg-widgets validate ${input} says why)`);
  if (problems.length) console.error(`uclg-widgets: ${problems.length} problem(s) in ${input}; writing what the widgets would show (npx uclg-widgets validate ${input} lists them)`);
  const lang = opts.lang ?? feed.event.defaultLanguage;
  const sessions = [...feed.sessions].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const name = pick.pickText(feed.event.name, lang, feed.event.defaultLanguage).text;
  process.stdout.write(calendar.toICSCalendar(sessions, lang, {feed, name}));
  return 0;
}
