import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define.ts';
import {componentDocs} from './support/manifest.js';
import {
  FEED_URL, MISSING_FEED_URL, NOW, PENDING_FEED_URL, SESSION, UNKNOWN_SESSION,
  feedWithLinks, feedWithStatus, isoInstant, unreadableFeed,
} from './support/feeds.js';

type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TAG = 'uclg-countdown';

const USAGE = `
\`\`\`html
<uclg-countdown src="https://example.org/uclg-feed.json" session="inclusive-digitalization"></uclg-countdown>
<!-- or standalone, without a feed -->
<uclg-countdown start="2021-05-19T12:00:00+02:00" end="2021-05-19T13:30:00+02:00"></uclg-countdown>
\`\`\`

More than 3 days out it says "Starts in 12 days"; within 3 days days/hours/minutes; within a day
seconds too, with a "Hide seconds" button (WCAG 2.2.2). Then "Live now" (and the stream link),
then "Ended" (and the recording link). Cancelled and postponed sessions are said plainly.
\`format\` is \`long\`, \`short\` or \`narrow\`; \`no-seconds\` never shows seconds.
Every story freezes the clock with \`now\`.
`;

const meta: Meta<Args> = {
  title: 'Elements/Countdown',
  component: TAG,
  render: (a) => html`<uclg-countdown
    src=${ifDefined(a.src)}
    session=${ifDefined(a.session)}
    start=${ifDefined(a.start)}
    end=${ifDefined(a.end)}
    lang=${ifDefined(a.lang)}
    now=${ifDefined(a.now)}
    time-zone=${ifDefined(a['time-zone'])}
    theme=${ifDefined(a.theme)}
    format=${ifDefined(a.format)}
    ?no-seconds=${a['no-seconds']}
    .feed=${a.feed}
    @uclg-status-change=${a.onUclgStatusChange}
  ></uclg-countdown>`,
  args: {src: FEED_URL, session: SESSION, now: NOW.daysBefore},
  argTypes: {format: {control: 'inline-radio', options: ['long', 'short', 'narrow']}},
  parameters: {docs: {description: {component: componentDocs(TAG, USAGE)}}},
};
export default meta;

type Story = StoryObj<Args>;

export const UpcomingDaysAway: Story = {
  name: 'Upcoming (days away)',
  args: {now: NOW.daysBefore},
  parameters: {uclg: {expect: 'Starts in'}},
};

export const Loading: Story = {
  args: {src: PENDING_FEED_URL, now: undefined},
  tags: ['state-loading'],
  parameters: {uclg: {timeless: true, expect: 'Loading…'}},
};

export const LoadFailed: Story = {
  name: 'Error',
  args: {src: MISSING_FEED_URL, now: undefined},
  tags: ['expect-console-error'],
  parameters: {uclg: {timeless: true, expect: 'The programme could not be loaded.'}},
};

export const ErrorUnreadableFeed: Story = {
  name: 'Error: unreadable feed',
  args: {src: undefined, feed: unreadableFeed(), now: undefined},
  tags: ['expect-console-error'],
  parameters: {uclg: {timeless: true, expect: 'The programme could not be read.'}},
};

export const SessionNotFound: Story = {
  name: 'Session not found',
  args: {session: UNKNOWN_SESSION},
  parameters: {uclg: {timeless: true, expect: 'This session was not found in the programme.'}},
};

export const UpcomingWeeksAway: Story = {
  name: 'Upcoming (weeks away)',
  args: {now: isoInstant(Date.parse('2021-05-19T12:00:00+02:00') - 20 * 86_400_000)},
  parameters: {uclg: {expect: 'Starts in 20 days'}},
};

export const UpcomingSecondsAway: Story = {
  name: 'Upcoming (seconds away)',
  args: {now: NOW.secondsBefore},
  parameters: {uclg: {expect: 'Hide seconds'}},
};

export const Live: Story = {
  args: {now: NOW.live},
  parameters: {uclg: {expect: 'Live now'}},
};

export const Ended: Story = {
  args: {now: NOW.ended},
  parameters: {uclg: {expect: 'Ended'}},
};

export const Cancelled: Story = {
  args: {src: undefined, feed: feedWithStatus('cancelled')},
  parameters: {uclg: {expect: 'This session has been cancelled.'}},
};

export const Postponed: Story = {
  args: {src: undefined, feed: feedWithStatus('postponed')},
  parameters: {uclg: {expect: 'This session has been postponed.'}},
};

export const LiveWithStream: Story = {
  name: 'Live, with the stream link',
  args: {src: undefined, feed: feedWithLinks(), now: NOW.live},
  parameters: {uclg: {expect: 'Watch live'}},
};

export const EndedWithRecording: Story = {
  name: 'Ended, with the recording link',
  args: {src: undefined, feed: feedWithLinks(), now: NOW.ended},
  parameters: {uclg: {expect: 'Watch the recording'}},
};

export const NarrowNoSeconds: Story = {
  name: 'Narrow format, no seconds',
  args: {now: NOW.secondsBefore, format: 'narrow', 'no-seconds': true},
  parameters: {uclg: {expect: 'Starts in'}},
};

export const Standalone: Story = {
  name: 'Standalone (start and end, no feed)',
  args: {src: undefined, session: undefined, start: '2021-05-19T12:00:00+02:00', end: '2021-05-19T13:30:00+02:00', now: '2021-05-19T07:58:20Z', format: 'short'},
  parameters: {uclg: {expect: 'Starts in'}},
};
