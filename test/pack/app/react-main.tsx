// Test harness around the README example (react-app.tsx): mounts it with React 19, records the
// events each kind of listener receives, and holds type-level checks that must fail.
import {useRef} from 'react';
import {createRoot} from 'react-dom/client';
import {UclgStatusChangeEvent, type SessionStatus, type UclgSessionCard} from '@uclg/widgets';
import {SessionCard} from '@uclg/widgets/react.js';
import {Session} from './react-app.js';

interface Recorded {
  from: string;
  isUclgStatusChangeEvent: boolean;
  type: string;
  sessionId: string;
  newStatus: SessionStatus;
}
declare global {
  interface Window {
    __react: {events: Recorded[]; refIsCard?: boolean};
  }
}
window.__react = {events: []};

function Harness() {
  const card = useRef<UclgSessionCard>(null);
  const record = (from: string) => (event: UclgStatusChangeEvent) => {
    window.__react.events.push({
      from,
      isUclgStatusChangeEvent: event instanceof UclgStatusChangeEvent,
      type: event.type,
      sessionId: event.detail.sessionId,
      newStatus: event.detail.newStatus,
    });
    window.__react.refIsCard = card.current?.localName === 'uclg-session-card' && card.current.headingLevel === 3;
  };
  return (
    <main>
      <Session />
      <uclg-session-card id="react19" ref={card} session="inclusive-digitalization" src="/feed.json"
        onuclg-status-change={record('react19')} />
      <SessionCard id="wrapper" session="inclusive-digitalization" src="/feed.json" onStatusChange={record('wrapper')} />
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<Harness />);

/** Never called: each marked line must be a type error, or tsc fails on an unused @ts-expect-error. */
export function typeErrors() {
  const input = useRef<HTMLInputElement>(null);
  return [
    // @ts-expect-error format is 'long' | 'short' | 'narrow'
    <uclg-countdown format="huge" />,
    // @ts-expect-error unknown property on a known element
    <uclg-session-card sesion="typo" />,
    // @ts-expect-error the listener gets a UclgStatusChangeEvent, not a MouseEvent
    <uclg-session-card onuclg-status-change={(event: MouseEvent) => event.button} />,
    // @ts-expect-error the ref holds a UclgSessionCard, not an HTMLInputElement
    <uclg-session-card ref={input} />,
    // @ts-expect-error the wrapper's event is typed too
    <SessionCard onStatusChange={(event: MouseEvent) => event.button} />,
  ];
}
