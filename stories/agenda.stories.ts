import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define.ts';
import {programmeFeed as generatedFeed} from '../src/test-support/programme.ts';
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
    filters=${ifDefined(a.filters)}
    url-state=${a['url-state'] ?? 'none'}
    ?no-structured-data=${a['no-structured-data']}
    .feed=${a.feed}
    @uclg-session-select=${(e: Event) => {
      e.preventDefault(); // stay in Storybook: the links are examples
      a.onUclgSessionSelect?.(e);
    }}
    @uclg-status-change=${a.onUclgStatusChange}
    @uclg-agenda-filter=${a.onUclgAgendaFilter}
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


/**
 * Issue 18's tools on the fictional forum (five sessions, so `filters="always"`; from 8 sessions
 * they appear by themselves). The stories keep `url-state="none"`: Storybook's frame is not a
 * page whose URL a visitor shares, and its history is Storybook's.
 */
const FORUM_NOW = isoInstant(Date.parse('2027-06-15T10:30:00+02:00'));
type Agenda = HTMLElement & {updateComplete: Promise<unknown>};
const agendaIn = async (root: HTMLElement): Promise<Agenda> => {
  const el = root.querySelector(TAG) as Agenda;
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('.tools'); i++) await new Promise((r) => setTimeout(r, 25));
  return el;
};

export const FilterBar: Story = {
  name: 'Tools: search and filters',
  args: {src: undefined, feed: programmeFeed(), now: FORUM_NOW, filters: 'always'},
  parameters: {
    uclg: {expect: 'Jump to now'},
    docs: {description: {story: 'Search, then day, type, language (spoken or interpreted), format and status: each only when the feed has something to choose. The count is a polite status message; stars keep a personal programme.'}},
  },
};

export const SearchNoResults: Story = {
  name: 'Tools: search with no results',
  args: {src: undefined, feed: programmeFeed(), now: FORUM_NOW, filters: 'always'},
  play: async ({canvasElement}) => {
    const el = await agendaIn(canvasElement);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'tramway';
    input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
    await el.updateComplete;
  },
  parameters: {
    uclg: {expect: 'No session matches your search and filters.'},
    docs: {story: {autoplay: true}, description: {story: 'Typed "tramway": nothing matches, and one button clears the search and every filter.'}},
  },
};

export const MyProgramme: Story = {
  name: 'Tools: my programme',
  args: {src: undefined, feed: programmeFeed(), now: FORUM_NOW, filters: 'always'},
  play: async ({canvasElement}) => {
    const el = await agendaIn(canvasElement);
    // Two stars as a visitor would have left them (the page's stars for this event), then "My programme".
    localStorage.setItem('uclg-widgets:agenda-stars:v1:riverside-cities-forum-2027', JSON.stringify(['local-finance', 'housing-lab']));
    dispatchEvent(new CustomEvent('uclg-widgets-stars'));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.mine')!.click();
    await el.updateComplete;
  },
  parameters: {
    uclg: {expect: 'Download my programme (.ics)'},
    docs: {story: {autoplay: true}, description: {story: 'Two starred sessions shown alone; the download is one .ics with both, with the same UIDs as each session\'s own.'}},
  },
};

export const LargeProgramme: Story = {
  name: 'Tools: a generated programme of 300 sessions',
  args: {src: undefined, feed: generatedFeed(300), now: isoInstant(Date.parse('2027-06-16T10:10:00+02:00'))},
  parameters: {
    uclg: {expect: '300 sessions'},
    docs: {description: {story: 'Generated (src/test-support/programme.ts): five days, five kinds, three formats, four language sets. From 8 sessions the tools appear by themselves.'}},
  },
};

export const Subscribe: Story = {
  name: 'Subscribe to the programme',
  args: {src: undefined, feed: {...programmeFeed(), event: {...programmeFeed().event, calendar: 'https://example.org/riverside-forum.ics'}}, now: FORUM_NOW},
  parameters: {uclg: {expect: 'Subscribe to the programme:'}, docs: {description: {story: 'The feed names event.calendar (a published .ics, as npx uclg-widgets ics writes): webcal://, Google Calendar and Outlook.com links.'}}},
};
