import {consoleStrings} from '../i18n/generated/strings/console.js';
import {addStrings, str, type Msg} from '../i18n/msg.js';
import {viewerTimeZone} from '../time/format.js';
import {zoneOffset} from '../time/instant.js';

addStrings(consoleStrings);

// Page-wide on purpose: each unknown `time-zone` value is said once per page, not once per
// render of every widget that has it.
const unknown = new Set<string>();

/**
 * The zone a widget shows times in: its `time-zone` when the browser knows it, else the
 * visitor's own. A misspelt zone ("Europe/Pariss") must not break the widget (Intl throws a
 * RangeError for it): the web editor gets one console line instead.
 */
export function shownZone(asked: string | undefined, tag: string, msg: Msg): string {
  if (!asked) return viewerTimeZone();
  if (!Number.isNaN(zoneOffset(asked, 0))) return asked;
  if (!unknown.has(asked)) {
    unknown.add(asked);
    console.warn(`[${tag}] ${msg(str`Unknown time-zone "${asked}": the visitor's own zone is shown.`, {id: 'console.unknown-zone', desc: 'Console line for the web editor: the time-zone attribute is not an IANA zone the browser knows (such as "America/New_York"). Keep "time-zone" as it is: it is the attribute\'s name.'})}`);
  }
  return viewerTimeZone();
}
