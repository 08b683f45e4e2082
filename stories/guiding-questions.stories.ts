import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define.ts';
import {componentDocs} from './support/manifest.js';
import {
  FEED_URL, MISSING_FEED_URL, PENDING_FEED_URL, SECOND_SESSION, SESSION, UNKNOWN_SESSION,
  longAndPartialFeed, unreadableFeed,
} from './support/feeds.js';

type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const TAG = 'uclg-guiding-questions';

const USAGE = `
\`\`\`html
<uclg-guiding-questions src="https://example.org/uclg-feed.json" session="healthy-territories" collapsed="3"></uclg-guiding-questions>
<!-- or written out in the page: readable before the script loads, upgraded in place -->
<uclg-guiding-questions session="healthy-territories" collapsed="2">
  <h2 slot="heading">Prepare for the dialogue</h2>
  <ol><li>How do you see cities and territories working to protect their citizens?</li><li>…</li></ol>
</uclg-guiding-questions>
\`\`\`

\`collapsed\` shows the first N questions (3 when no number is given) and a "Show all N questions"
button. Each question has the id \`<session>-q<n>\`: a link to \`#healthy-territories-q4\` scrolls
to it and expands the list. The questions do not change with time or with the session's status,
so this element has no upcoming/live/ended stories; the session card shows it in every state.
`;

const meta: Meta<Args> = {
  title: 'Elements/Guiding questions',
  component: TAG,
  render: (a) => html`<uclg-guiding-questions
    src=${ifDefined(a.src)}
    session=${ifDefined(a.session)}
    lang=${ifDefined(a.lang)}
    now=${ifDefined(a.now)}
    time-zone=${ifDefined(a['time-zone'])}
    theme=${ifDefined(a.theme)}
    heading-level=${ifDefined(a['heading-level'])}
    collapsed=${ifDefined(a.collapsed)}
    .feed=${a.feed}
  ></uclg-guiding-questions>`,
  args: {src: FEED_URL, session: SECOND_SESSION},
  argTypes: {collapsed: {control: 'number'}},
  parameters: {uclg: {timeless: true}, docs: {description: {component: componentDocs(TAG, USAGE)}}},
};
export default meta;

type Story = StoryObj<Args>;

export const Collapsed: Story = {
  args: {collapsed: 3},
  parameters: {uclg: {timeless: true, expect: 'Show all 6 questions'}},
};

export const Loading: Story = {
  args: {src: PENDING_FEED_URL},
  tags: ['state-loading'],
  parameters: {uclg: {timeless: true, expect: 'Loading…'}},
};

export const LoadFailed: Story = {
  name: 'Error',
  args: {src: MISSING_FEED_URL},
  tags: ['expect-console-error'],
  parameters: {uclg: {timeless: true, expect: 'The programme could not be loaded.'}},
};

export const ErrorUnreadableFeed: Story = {
  name: 'Error: unreadable feed',
  args: {src: undefined, feed: unreadableFeed()},
  tags: ['expect-console-error'],
  parameters: {uclg: {timeless: true, expect: 'The programme could not be read.'}},
};

export const SessionNotFound: Story = {
  name: 'Session not found',
  args: {session: UNKNOWN_SESSION},
  parameters: {uclg: {timeless: true, expect: 'This session was not found in the programme.'}},
};

export const AllQuestions: Story = {
  name: 'All questions',
  args: {session: SESSION},
  parameters: {uclg: {timeless: true, expect: 'Guiding questions'}},
};

export const Expanded: Story = {
  name: 'Expanded (after "Show all")',
  args: {collapsed: 3},
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector(TAG) as HTMLElement & {updateComplete: Promise<unknown>};
    // The feed arrives by fetch: wait for the button, then press it like a visitor.
    for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('button'); i++) await new Promise((r) => setTimeout(r, 25));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await el.updateComplete;
  },
  parameters: {uclg: {timeless: true, expect: 'Show fewer questions'}, docs: {story: {autoplay: true}}},
};

export const WrittenInThePage: Story = {
  name: 'Written out in the page, custom heading',
  render: (a) => html`<uclg-guiding-questions session="healthy-territories" collapsed=${ifDefined(a.collapsed)} lang=${ifDefined(a.lang)} theme=${ifDefined(a.theme)}>
    <h2 slot="heading">Prepare for the dialogue</h2>
    <ol>
      <li>How do you see cities and territories working to protect their citizens?</li>
      <li id="q-democracy">What is the role that local democracy can play?</li>
      <li>How can we plan our cities to protect our people’s physical and mental wellbeing?</li>
    </ol>
  </uclg-guiding-questions>`,
  args: {src: undefined, session: undefined, collapsed: 2},
  parameters: {uclg: {timeless: true, expect: 'Prepare for the dialogue'}},
};

export const MissingTranslation: Story = {
  name: 'Missing translation (fallback)',
  args: {src: undefined, feed: longAndPartialFeed(), session: SECOND_SESSION, lang: 'es'},
  parameters: {uclg: {timeless: true, expect: 'How do you see cities and territories working to protect their citizens'}},
};
