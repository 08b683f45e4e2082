/**
 * React 19 JSX types for the elements: `import type {} from '@uclg/widgets/jsx-react';` once
 * (or list it in tsconfig `types`), then `<uclg-session-card lang="fr" session="…" />` type-checks.
 * React 19 passes props to custom elements as properties and `on<event-name>` as listeners.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {UclgTags} from './props.js';

type UclgElements = {
  [Tag in keyof UclgTags]: Omit<DetailedHTMLProps<HTMLAttributes<UclgTags[Tag][0]>, UclgTags[Tag][0]>, keyof UclgTags[Tag][1]> & UclgTags[Tag][1];
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends UclgElements {}
  }
}
