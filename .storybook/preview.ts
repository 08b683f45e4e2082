import {setCustomElementsManifest} from '@storybook/web-components';
import type {Decorator, Preview} from '@storybook/web-components-vite';
import {html} from 'lit';
import {publicManifest} from '../stories/support/manifest.js';
import {momentOf, storyTimes, type Moment} from '../stories/support/feeds.js';
import '../stories/support/pending-fetch.js';
import './preview.css';

setCustomElementsManifest(publicManifest);

/** Toolbar values are short keys: Storybook only accepts `[a-zA-Z0-9 _-]` in URL globals. */
export const TIME_ZONES: Record<string, string> = {
  'new-york': 'America/New_York',
  madrid: 'Europe/Madrid',
  utc: 'UTC',
  tokyo: 'Asia/Tokyo',
  kiritimati: 'Pacific/Kiritimati',
};

const AGENDA_STORAGE = 'uclg-widgets:agenda-zone:v1:';

/**
 * Applies the toolbar to every story: `lang` on the wrapper (the widgets read the nearest
 * `[lang]`), `time-zone`, `theme` and, unless the toolbar says "as in the story", a `now` frozen
 * before, during or after the story's session. Stories stay deterministic: the agenda's
 * remembered "my time / event time" choice is forgotten before each render.
 */
const withToolbar: Decorator = (story, context) => {
  const {args, globals, parameters} = context;
  for (const key of Object.keys(localStorage)) if (key.startsWith(AGENDA_STORAGE)) localStorage.removeItem(key);
  const theme = args.theme ?? (globals.theme === 'dark' ? 'dark' : 'light');
  const overrides: Record<string, unknown> = {theme};
  if (!args['time-zone'] && globals.timeZone !== 'browser') overrides['time-zone'] = TIME_ZONES[globals.timeZone] ?? TIME_ZONES['new-york'];
  const times = parameters.uclg?.timeless ? undefined : storyTimes(args);
  if (times && globals.now && globals.now !== 'story') overrides.now = momentOf(times, globals.now as Moment);
  const expected = globals.now === 'story' && globals.lang === 'en' ? parameters.uclg?.expect : undefined;
  return html`<div class="uclg-story" data-theme=${theme === 'dark' ? 'dark' : 'light'} lang=${globals.lang || 'en'} data-expect=${expected ?? ''}>
    ${story({args: {...args, ...overrides}})}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withToolbar],
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget (set as `lang` on the story wrapper)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English', right: 'EN'},
          {value: 'fr', title: 'Français', right: 'FR'},
          {value: 'es', title: 'Español', right: 'ES'},
        ],
        dynamicTitle: true,
      },
    },
    timeZone: {
      description: 'Time zone the widgets show "your time" in (the `time-zone` attribute)',
      toolbar: {
        title: 'Time zone',
        icon: 'location',
        items: [
          ...Object.entries(TIME_ZONES).map(([value, zone]) => ({value, title: zone})),
          {value: 'browser', title: 'This browser’s zone (not deterministic)'},
        ],
        dynamicTitle: true,
      },
    },
    now: {
      description: 'A frozen "now", relative to the story’s session (the `now` attribute)',
      toolbar: {
        title: 'Now',
        icon: 'time',
        items: [
          {value: 'story', title: 'Now: as in the story'},
          {value: 'days-before', title: 'Now: 2 days before'},
          {value: 'seconds-before', title: 'Now: 30 seconds before'},
          {value: 'during', title: 'Now: during (30 min in)'},
          {value: 'after', title: 'Now: after (1 h after the end)'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark page (the `theme` attribute and the background)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          {value: 'light', title: 'Light', icon: 'sun'},
          {value: 'dark', title: 'Dark', icon: 'moon'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {lang: 'en', timeZone: 'new-york', now: 'story', theme: 'light'},
  parameters: {
    layout: 'fullscreen',
    controls: {expanded: true, sort: 'requiredFirst'},
    docs: {source: {excludeDecorators: true, language: 'html'}},
    options: {
      storySort: {order: ['Introduction', 'Embed builder', 'Elements', ['Session card', 'Countdown', 'Guiding questions', 'Agenda']]},
    },
  },
};

export default preview;
