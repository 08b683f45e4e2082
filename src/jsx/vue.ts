/**
 * Vue 3 template types for the elements: `import type {} from '@uclg/widgets/vue';` once (or in
 * a `.d.ts` of the app), with `compilerOptions.isCustomElement: (tag) => tag.startsWith('uclg-')`.
 * vue-tsc then checks attributes (`time-zone`, `:feed`) and types `@uclg-status-change` handlers.
 * The props come from ./props.ts, which is generated from custom-elements.json.
 */
import type {DefineComponent} from 'vue';
import type {UclgTags} from './props.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** Vue names a listener `onUclgStatusChange` for `@uclg-status-change`. */
type VueProps<Props> = {[K in keyof Props as K extends `on${infer Name}` ? `on${Capitalize<Camel<Name>>}` : K]: Props[K]};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends UclgVueComponents {}
}

export type UclgVueComponents = {[Tag in keyof UclgTags]: DefineComponent<VueProps<UclgTags[Tag][1]>>};
