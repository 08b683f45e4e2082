import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define.ts';
import {componentDocs} from './support/manifest.js';
import {
  FEED_URL, MISSING_FEED_URL, NOW, PENDING_FEED_URL, isoInstant,
  feedWithStatus, longAndPartialFeed, programmeFeed, unreadableFeed,
} from './support/feeds.js';

type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TAG = 'uclg-agenda';

const USAGE = `
\`\`\`html
<uclg-agenda src="https://example.org/uclg-feed.json" href-template="/sessions/{id}"></uclg-agenda>
\`\`\`

Every session of the feed (or only \`sessions="id1 id2"\`, or only one \`kind\`), grouped by calendar
day in the zone shown, in time order. When the visitor's zone differs from the event's, a switch
offers "My time" and "Event time" (remembered per event; the stories forget it before each
render). Live and next sessions are highlighted; clicking a title fires \`uclg-session-select\`
(cancelable). The toolbar's "now" is relative to the first session listed.
`;

const LAST_END = Date.parse('2021-05-20T13:30:00+02:00');

const meta: Meta<Args> = {
  title: 'Elements/Agenda',
  component: TAG,
  render: (a) => html`<uclg-agenda
    src=${ifDefined(a.src)}
    sessions=${ifDefined(a.sessions)}
    kind=${ifDefined(a.kind)}
    href-template=${ifDefined(a['href-template'])}
    lang=${ifDefined(a.lang)}
    now=${ifDefined(a.now)}
    time-zone=${ifDefined(a['time-zone'])}
    theme=${ifDefined(a.theme)}
    heading-level=${ifDefined(a['heading-level'])}
    ?no-structured-data=${a['no-structured-data']}
    .feed=${a.feed}
    @uclg-session-select=${(e: Event) => {
      e.preventDefault(); // stay in Storybook: the links are examples
      a.onUclgSessionSelect?.(e);
    }}
    @uclg-status-change=${a.onUclgStatusChange}
  ></uclg-agenda>`,
  args: {src: FEED_URL, now: NOW.daysBefore, 'href-template': '/sessions/{id}'},
  parameters: {docs: {description: {component: componentDocs(TAG, USAGE)}}},
};
export default meta;

type Story = StoryObj<Args>;

export const UpcomingDaysAway: Story = {
  name: 'Upcoming (days away)',
  args: {now: NOW.daysBefore},
  parameters: {uclg: {expect: 'Next'}},
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
  name: 'Session not found (nothing to list)',
  args: {sessions: 'no-such-session'},
  parameters: {uclg: {timeless: true, expect: 'There are no sessions to show.'}},
};

export const UpcomingSecondsAway: Story = {
  name: 'Upcoming (seconds away)',
  args: {now: NOW.secondsBefore},
  parameters: {uclg: {expect: 'Next'}},
};

export const Live: Story = {
  args: {now: NOW.live},
  parameters: {uclg: {expect: 'Live now'}},
};

export const Ended: Story = {
  name: 'Ended (all sessions)',
  args: {now: isoInstant(LAST_END + 3_600_000)},
  parameters: {uclg: {expect: 'Ended'}},
};

export const Cancelled: Story = {
  name: 'Cancelled (first session)',
  args: {src: undefined, feed: feedWithStatus('cancelled')},
  parameters: {uclg: {expect: 'Cancelled'}},
};

export const Postponed: Story = {
  name: 'Postponed (first session)',
  args: {src: undefined, feed: feedWithStatus('postponed')},
  parameters: {uclg: {expect: 'Postponed'}},
};

export const SeveralDays: Story = {
  name: 'Several days',
  args: {src: undefined, feed: programmeFeed()},
  parameters: {
    uclg: {expect: 'A Pact for the Future'},
    docs: {description: {story: 'Three days; the closing plenary ends after midnight in event time ("+1 day": choose "Event time").'}},
  },
};

export const SeveralDaysEventTime: Story = {
  name: 'Several days, event time only',
  args: {src: undefined, feed: programmeFeed(), 'time-zone': 'Europe/Madrid'},
  parameters: {uclg: {expect: '(+1 day)'}, docs: {description: {story: 'Visitor and event in one zone: no switch.'}}},
};

export const LongTitlesAndMissingTranslations: Story = {
  name: 'Long titles and missing translations',
  args: {src: undefined, feed: longAndPartialFeed(), lang: 'es'},
  parameters: {
    uclg: {expect: 'Healthy People and Territories Leading Our Wellbeing'},
    docs: {description: {story: 'In Spanish: a very long title, then a session with no Spanish that falls back to English.'}},
  },
};

/**
 * The fictional forum (Riverside Cities Forum 2027) two days before it opens: under each title,
 * its people, and a badge for how to attend. One story per language, so the three sit side by
 * side; the first follows the toolbar.
 */
const peopleAndPlaces = (lang: 'fr' | 'es' | undefined, expect: string, story: string): Story => ({
  args: {src: undefined, feed: programmeFeed(), now: isoInstant(Date.parse('2027-06-13T10:00:00+02:00')), lang},
  parameters: {uclg: {expect}, docs: {description: {story: `${story} A fictional programme (Riverside Cities Forum 2027).`}}},
});

export const PeopleAndPlaces: Story = {
  name: 'Forum: people and how to attend',
  ...peopleAndPlaces(undefined, 'Amara Okafor, Lucía Ferrán, Kenji Watanabe and 5 more',
    'The first three names, moderator first, then how many more (four people are all named); a badge says Online, In person, or In person and online. A session without people or place shows neither. In the toolbar’s language.'),
};

export const PeopleAndPlacesFr: Story = {
  name: 'Forum: people and how to attend (French)',
  ...peopleAndPlaces('fr', 'Amara Okafor, Lucía Ferrán, Kenji Watanabe et 5 autres', 'In French, whatever the toolbar says.'),
};

export const PeopleAndPlacesEs: Story = {
  name: 'Forum: people and how to attend (Spanish)',
  ...peopleAndPlaces('es', 'Amara Okafor, Lucía Ferrán, Kenji Watanabe y 5 más', 'In Spanish, whatever the toolbar says.'),
};

