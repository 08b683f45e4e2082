/**
 * Svelte 5 types for the elements: `import type {} from '@uclg/widgets/svelte';` once (for
 * example in `src/app.d.ts`). svelte-check then checks attributes and types
 * `onuclg-status-change={(e) => …}`. The props come from ./props.js, which is generated from
 * custom-elements.json.
 */
import type {HTMLAttributes} from 'svelte/elements';
import type {UclgTags} from './props.js';

export type UclgSvelteElements = {[Tag in keyof UclgTags]: Omit<HTMLAttributes<UclgTags[Tag][0]>, keyof UclgTags[Tag][1]> & UclgTags[Tag][1]};

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface SvelteHTMLElements extends UclgSvelteElements {}
}
