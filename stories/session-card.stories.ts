import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define.ts';
import {componentDocs} from './support/manifest.js';
import {
  FEED_URL, MISSING_FEED_URL, NOW, PENDING_FEED_URL, SECOND_SESSION, SESSION, UNKNOWN_SESSION,
  feedWithLinks, feedWithStatus, longAndPartialFeed, unreadableFeed,
} from './support/feeds.js';

type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TAG = 'uclg-session-card';

const USAGE = `
\`\`\`html
<uclg-session-card src="https://example.org/uclg-feed.json" session="inclusive-digitalization" lang="fr"></uclg-session-card>
\`\`\`

Give the feed's URL (\`src\`), or the feed itself as the \`feed\` property, or an inline
\`<script type="application/json">\` child; \`session\` picks the session. The card shows the time in
the event's zone and, when it differs, in the visitor's (\`time-zone\` overrides the browser's).
It contains a \`<uclg-guiding-questions>\` and, while the session is upcoming or live, an "Add to
calendar" control. Every story here freezes the clock with \`now\`; use the toolbar to change the
language, the zone, the moment and the theme.
`;

const meta: Meta<Args> = {
  title: 'Elements/Session card',
  component: TAG,
  render: (a) => html`<uclg-session-card
    src=${ifDefined(a.src)}
    session=${ifDefined(a.session)}
    lang=${ifDefined(a.lang)}
    now=${ifDefined(a.now)}
    time-zone=${ifDefined(a['time-zone'])}
    theme=${ifDefined(a.theme)}
    heading-level=${ifDefined(a['heading-level'])}
    ?no-structured-data=${a['no-structured-data']}
    .feed=${a.feed}
    @uclg-status-change=${a.onUclgStatusChange}
  ></uclg-session-card>`,
  args: {src: FEED_URL, session: SESSION, now: NOW.daysBefore},
  parameters: {docs: {description: {component: componentDocs(TAG, USAGE)}}},
};
export default meta;

type Story = StoryObj<Args>;

export const UpcomingDaysAway: Story = {
  name: 'Upcoming (days away)',
  args: {now: NOW.daysBefore},
  parameters: {uclg: {expect: 'Upcoming'}},
};

export const Loading: Story = {
  args: {src: PENDING_FEED_URL, now: undefined},
  tags: ['state-loading'],
  parameters: {uclg: {timeless: true, expect: 'Loading…'}, docs: {description: {story: 'The feed has not answered yet (held forever in Storybook).'}}},
};

export const LoadFailed: Story = {
  name: 'Error',
  args: {src: MISSING_FEED_URL, now: undefined},
  tags: ['expect-console-error'],
  parameters: {uclg: {timeless: true, expect: 'The programme could not be loaded.'}, docs: {description: {story: 'The feed URL answers 404: a short message and Retry; the details go to the console.'}}},
};

export const ErrorUnreadableFeed: Story = {
  name: 'Error: unreadable feed',
  args: {src: undefined, feed: unreadableFeed(), now: undefined},
  tags: ['expect-console-error'],
  parameters: {uclg: {timeless: true, expect: 'The programme could not be read.'}, docs: {description: {story: 'The feed is not one we can read (`{"version": 7}`).'}}},
};

export const SessionNotFound: Story = {
  name: 'Session not found',
  args: {session: UNKNOWN_SESSION},
  parameters: {uclg: {timeless: true, expect: 'This session was not found in the programme.'}},
};

export const UpcomingSecondsAway: Story = {
  name: 'Upcoming (seconds away)',
  args: {now: NOW.secondsBefore},
  parameters: {uclg: {expect: 'Upcoming'}},
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
  parameters: {uclg: {expect: 'Cancelled'}},
};

export const Postponed: Story = {
  args: {src: undefined, feed: feedWithStatus('postponed')},
  parameters: {uclg: {expect: 'Postponed'}},
};

export const LongTitle: Story = {
  name: 'Long title (French)',
  args: {src: undefined, feed: longAndPartialFeed(), lang: 'fr'},
  parameters: {uclg: {expect: 'anticonstitutionnellement'}, docs: {description: {story: 'A very long French title with an unbreakable word. Clear `lang` to follow the toolbar.'}}},
};

export const MissingTranslation: Story = {
  name: 'Missing translation (fallback)',
  args: {src: undefined, feed: longAndPartialFeed(), session: SECOND_SESSION, lang: 'es'},
  parameters: {
    uclg: {expect: 'Healthy People and Territories Leading Our Wellbeing'},
    docs: {description: {story: 'The session has no Spanish: the interface is in Spanish, the session’s texts fall back to English (marked `lang="en"`).'}},
  },
};

export const WithLinks: Story = {
  name: 'Live, with links',
  args: {src: undefined, feed: feedWithLinks(), now: NOW.live},
  parameters: {uclg: {expect: 'Watch live'}},
};

export const SecondSessionEventTime: Story = {
  name: 'In the event’s time zone',
  args: {session: SECOND_SESSION, 'time-zone': 'Europe/Madrid', 'heading-level': 2},
  parameters: {uclg: {expect: 'Upcoming'}, docs: {description: {story: 'When the visitor’s zone is the event’s, one time is shown.'}}},
};
