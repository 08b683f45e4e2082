import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define.ts';
import {componentDocs} from './support/manifest.js';
import {
  FEED_URL, FORUM, MISSING_FEED_URL, NOW, PENDING_FEED_URL, SECOND_SESSION, SESSION, UNKNOWN_SESSION,
  feedAcrossClockChange, feedWithLinks, feedWithStatus, forumFeed, isoInstant, longAndPartialFeed, unreadableFeed,
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
It shows the session's guiding questions as \`<uclg-guiding-questions>\` does (a \`#<session>-q<n>\` URL
fragment goes to one) and, while the session is upcoming or live, an "Add to calendar" control. When the feed names them, it shows the people by role, the place and the
languages, and one call to action that follows the session: Register, then Registration closed or
Full, Join the livestream while live, then Watch the recording or Recording coming soon. Every
story here freezes the clock with \`now\`; use the toolbar to change the language, the zone, the
moment and the theme. The "Forum" stories use a fictional feed (a made-up city forum, not UCLG's
programme); Storybook works offline, so its placeholder photos are left out and the card shows
initials, as it does for a photo that fails to load.
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
  parameters: {uclg: {expect: 'Join the livestream'}},
};

export const SecondSessionEventTime: Story = {
  name: 'In the event’s time zone',
  args: {session: SECOND_SESSION, 'time-zone': 'Europe/Madrid', 'heading-level': 2},
  parameters: {uclg: {expect: 'Upcoming'}, docs: {description: {story: 'When the visitor’s zone is the event’s, one time is shown.'}}},
};

export const ClocksChange: Story = {
  name: 'Clocks change during the session',
  args: {src: undefined, feed: feedAcrossClockChange(), now: isoInstant(Date.parse('2026-10-20T10:00:00Z'))},
  parameters: {
    uclg: {expect: '01:30 CEST – 02:30 CET'},
    docs: {description: {story: 'A two-hour session on the night Madrid’s summer time ends: each end has its own zone ("01:30 CEST – 02:30 CET"), and the visitor’s line names both zones when theirs changes too.'}},
  },
};

export const RightToLeftPage: Story = {
  name: 'On a right-to-left page',
  render: (a, context) => html`<div dir="rtl" lang="ar"><p>صفحة شريك باللغة العربية</p>${meta.render!(a, context)}</div>`,
  args: {lang: 'fr', now: NOW.daysBefore},
  parameters: {
    uclg: {expect: 'Questions directrices'},
    docs: {description: {story: 'A partner page in Arabic (`dir="rtl"`): the card, in French, stays left to right.'}},
  },
};

/** Frozen instants around the fictional forum's sessions (event time Europe/Madrid, UTC+2). */
const at = (iso: string) => isoInstant(Date.parse(iso));
const forum = (session: string, now: string, story: string, expect: string): Story => ({
  args: {src: undefined, feed: forumFeed(), session, now: at(now)},
  parameters: {uclg: {expect}, docs: {description: {story: `${story} A fictional session (Riverside Cities Forum 2027).`}}},
});

export const People: Story = {
  name: 'Forum: people by role',
  ...forum(FORUM.everything, '2027-06-13T10:00:00+02:00', 'Eight people, moderator first, each role labelled in the singular or plural; the first six shown, “and 2 more” shows the others. Initials stand in for the photos.', 'and 2 more'),
};

export const PlaceInPerson: Story = {
  name: 'Forum: place, in person',
  ...forum(FORUM.full, '2027-06-13T10:00:00+02:00', 'Venue, city and country (named in the widget’s language by the browser), with a map link.', 'Riverside Town Hall, Room 3, Riverside, Spain'),
};

export const PlaceOnline: Story = {
  name: 'Forum: place, online',
  ...forum(FORUM.online, '2027-06-13T10:00:00+02:00', 'An online-only session.', 'Online'),
};

export const Languages: Story = {
  name: 'Forum: languages and interpretation',
  ...forum(FORUM.afterMidnight, '2027-06-13T10:00:00+02:00', 'The languages spoken, then interpretation into the others, named by the browser in the widget’s language.', 'In English, French and Spanish · Interpretation: Arabic'),
};

export const ActionRegister: Story = {
  name: 'Forum: call to action, Register',
  ...forum(FORUM.everything, '2027-06-13T10:00:00+02:00', 'Before registration closes (the day before, 18:00), “Register” is the primary action and leaves the list of other links.', 'Register'),
};

export const ActionClosed: Story = {
  name: 'Forum: call to action, Registration closed',
  ...forum(FORUM.everything, '2027-06-15T08:00:00+02:00', 'After registration closed and before the start: a note, not a link.', 'Registration closed'),
};

export const ActionFull: Story = {
  name: 'Forum: call to action, Full',
  ...forum(FORUM.full, '2027-06-13T10:00:00+02:00', 'No places left: a note instead of “Register”.', 'Full'),
};

export const ActionLivestream: Story = {
  name: 'Forum: call to action, Join the livestream',
  ...forum(FORUM.everything, '2027-06-15T10:30:00+02:00', 'While live, the livestream is the prominent action.', 'Join the livestream'),
};

export const ActionRecording: Story = {
  name: 'Forum: call to action, Watch the recording',
  ...forum(FORUM.everything, '2027-06-15T13:00:00+02:00', 'After the end, the recording.', 'Watch the recording'),
};

export const ActionRecordingSoon: Story = {
  name: 'Forum: call to action, Recording coming soon',
  ...forum(FORUM.noRecording, '2027-06-16T18:00:00+02:00', 'After the end, before the feed gives the recording’s link.', 'Recording coming soon'),
};
