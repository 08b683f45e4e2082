/**
 * `custom-elements.json` (written by `cem analyze` before every Storybook run) is the one source
 * of the docs pages: attributes, properties, events, slots, parts and CSS custom properties.
 * Storybook lists every class member it finds, so the private and protected ones are left out.
 */
import manifest from '../../custom-elements.json';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const isPublic = (m: Json) => !m.privacy || m.privacy === 'public';

/** The manifest as designers and integrators should see it: public API only. */
export const publicManifest: Json = {
  ...manifest,
  modules: (manifest as Json).modules.map((mod: Json) => ({
    ...mod,
    declarations: mod.declarations?.map((d: Json) =>
      d.customElement
        ? {...d, members: d.members?.filter((m: Json) => isPublic(m) && !m.static && m.kind === 'field')}
        : d,
    ),
  })),
};

/** One element's declaration (throws when `cem analyze` did not find it: a broken doc comment). */
export function declaration(tag: string): Json {
  for (const mod of (manifest as Json).modules) {
    for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  }
  throw new Error(`${tag} is not in custom-elements.json: run \`npx cem analyze\``);
}

/** The docs page's text: the element's own description from the manifest, then how to use it. */
export function componentDocs(tag: string, usage: string): string {
  const d = declaration(tag);
  return [d.description, '### Usage', usage.trim(), 'The tables below list the attributes, properties, events, slots, CSS parts and CSS custom properties from `custom-elements.json`.'].filter(Boolean).join('\n\n');
}
