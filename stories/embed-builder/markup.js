/**
 * What the Embed builder shows, as pure functions: the element's markup for the chosen options,
 * the CDN snippet (from `scripts/embed-snippet.js`, the same code that writes the README's
 * snippet) and the npm usage. Plain JavaScript so that the Storybook check
 * (`test/storybook/`) imports this very file in Node and compares it with what the page shows.
 */
import {cdnSnippet} from '../../scripts/embed-snippet.js';

export const DEFAULT_FEED_URL = 'https://example.org/uclg-feed.json';

/**
 * Each element: its npm entry point and, in snippet order, the options the builder offers.
 * `session: true` when the element shows one session.
 */
export const ELEMENTS = {
  'uclg-session-card': {
    label: 'Session card',
    npm: '@uclg/widgets/session-card/define.js',
    session: true,
    options: ['heading-level', 'time-zone', 'no-structured-data'],
  },
  'uclg-countdown': {
    label: 'Countdown',
    npm: '@uclg/widgets/countdown/define.js',
    session: true,
    options: ['format', 'no-seconds', 'time-zone'],
  },
  'uclg-guiding-questions': {
    label: 'Guiding questions',
    npm: '@uclg/widgets/guiding-questions/define.js',
    session: true,
    options: ['collapsed', 'heading-level'],
  },
  'uclg-agenda': {
    label: 'Agenda (programme)',
    npm: '@uclg/widgets/agenda/define.js',
    session: false,
    options: ['sessions', 'kind', 'href-template', 'heading-level', 'time-zone', 'no-structured-data'],
  },
};

/** Attributes that are present or absent (no value). */
export const BOOLEAN_OPTIONS = new Set(['no-structured-data', 'no-seconds']);

const escapeAttribute = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * `<uclg-session-card src="…" session="…" lang="fr"></uclg-session-card>`: src, session, lang,
 * then the element's options in its order; empty values are left out, booleans are bare.
 * @param {{element: keyof typeof ELEMENTS, src?: string, session?: string, lang?: string, options?: Record<string, string | boolean | number | undefined>}} choice
 */
export function elementMarkup({element, src = DEFAULT_FEED_URL, session, lang, options = {}}) {
  const spec = ELEMENTS[element];
  if (!spec) throw new Error(`unknown element ${element}`);
  const attributes = [['src', src], ['session', spec.session ? session : undefined], ['lang', lang]];
  for (const name of spec.options) attributes.push([name, options[name]]);
  const text = attributes
    .filter(([, value]) => value !== undefined && value !== '' && value !== false && value !== null)
    .map(([name, value]) => (value === true || BOOLEAN_OPTIONS.has(name) ? ` ${name}` : ` ${name}="${escapeAttribute(String(value).trim())}"`))
    .join('');
  return `<${element}${text}></${element}>`;
}

/**
 * Both ways to embed the choice: the CDN snippet (script with SRI, then the element), or, from
 * npm, the import for your bundle and the same element in your page.
 * @param {Parameters<typeof elementMarkup>[0]} choice
 * @param {{integrity: Record<string, string>, version: string}} build `dist/cdn/integrity.json` and the package version
 */
export function embedCode(choice, {integrity, version}) {
  const element = elementMarkup(choice);
  return {
    element,
    cdn: cdnSnippet(integrity, {version, element}),
    npmInstall: `npm install @uclg/widgets@${version}`,
    npmImport: `import '${ELEMENTS[choice.element].npm}';`,
  };
}
