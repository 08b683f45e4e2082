import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../src/define.ts';
import './embed-builder/embed-builder.js';
import {version} from '../package.json';
import {FEED_URL, NOW, exampleFeed} from './support/feeds.js';
import {parseFeed} from '../src/feed/parse.js';

type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Written by `npm run build`; absent in a fresh clone (the builder then says so). */
const built = import.meta.glob<Record<string, string>>('../dist/cdn/integrity.json', {eager: true, import: 'default'});
const integrity = Object.values(built)[0];

const sessionChoices = exampleFeed().sessions.map((s: Args) => ({id: s.id, title: s.title.en}));
const parsed = parseFeed(exampleFeed()).feed!;

const meta: Meta<Args> = {
  title: 'Embed builder',
  tags: ['!autodocs'],
  render: (a) => html`<sb-embed-builder
    .integrity=${integrity}
    version=${version}
    .sessionChoices=${sessionChoices}
    .feed=${parsed}
    preview-src=${FEED_URL}
    preview-now=${ifDefined(a.now)}
    preview-time-zone=${ifDefined(a['time-zone'])}
    preview-theme=${ifDefined(a.theme)}
  ></sb-embed-builder>`,
  args: {src: FEED_URL, now: NOW.daysBefore},
  parameters: {controls: {disable: true}, uclg: {expect: 'integrity="sha384-'}},
};
export default meta;

export const Builder: StoryObj<Args> = {};
