/** @jsxImportSource preact */
/** Type test of the generated Preact JSX types: see react19.tsx. */
import type {} from '../../src/jsx/preact.js';

export const ok = <uclg-agenda sessions="a b" compact theme="auto" onuclg-status-change={(e) => e.detail.sessionId} />;

export const wrong = (
  <>
    {/* @ts-expect-error: misspelled attribute */}
    <uclg-agenda sesions="a" />
    {/* @ts-expect-error: no such detail field */}
    <uclg-countdown onuclg-status-change={(e) => e.detail.when} />
  </>
);
