/** @jsxImportSource preact */
// Preact consumer: JSX types from @uclg/widgets/jsx-preact; Preact sets known props as properties.
import {render} from 'preact';
import {useRef} from 'preact/hooks';
import '@uclg/widgets/define.js';
import type {} from '@uclg/widgets/jsx-preact';
import type {UclgAgenda} from '@uclg/widgets';

function App() {
  const agenda = useRef<UclgAgenda>(null);
  return (
    <div>
      <uclg-agenda ref={agenda} id="preact-agenda" src="/feed.json" lang="es" heading-level={2} time-zone="Europe/Madrid" />
      <uclg-countdown id="preact-countdown" src="/feed.json" session="healthy-territories" format="narrow" now="2021-05-20T09:00:00Z" />
    </div>
  );
}

render(<App />, document.getElementById('app')!);

/** Never called: each marked line must be a type error. */
export function typeErrors() {
  const input = useRef<HTMLInputElement>(null);
  return [
    // @ts-expect-error format is 'long' | 'short' | 'narrow'
    <uclg-countdown format="huge" />,
    // @ts-expect-error unknown property on a known element
    <uclg-agenda sesions="typo" />,
    // @ts-expect-error the ref holds a UclgAgenda
    <uclg-agenda ref={input} />,
  ];
}
