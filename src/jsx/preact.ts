/**
 * Preact JSX types for the elements: `import type {} from '@uclg/widgets/jsx-preact';` once.
 * Preact sets props that the element has as properties; listen with `ref` + addEventListener.
 */
import type {HTMLAttributes} from 'preact';
import type {UclgTags} from './props.js';

type UclgElements = {
  [Tag in keyof UclgTags]: Omit<HTMLAttributes<UclgTags[Tag][0]>, keyof UclgTags[Tag][1]> & UclgTags[Tag][1];
};

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends UclgElements {}
  }
}
