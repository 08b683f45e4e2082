import {useRef, useState} from 'react';
import '@uclg/widgets/define.js'; // registers the elements
import type {} from '@uclg/widgets/jsx-react'; // their JSX types, for React 19
import type {SessionStatus, UclgSessionCard} from '@uclg/widgets';
import {SessionCard} from '@uclg/widgets/react.js'; // React 18 and older: @lit/react wrappers

export function Session() {
  const card = useRef<UclgSessionCard>(null);
  const [status, setStatus] = useState<SessionStatus>();
  return (
    <>
      <uclg-session-card
        ref={card}
        lang="fr"
        session="inclusive-digitalization"
        src="/feed.json"
        onuclg-status-change={(event) => setStatus(event.detail.newStatus)}
      />
      <p className="status">{status}</p>
      {/* The same with the React 18 wrapper: */}
      <SessionCard lang="es" session="healthy-territories" src="/feed.json"
        onStatusChange={(event) => console.info(event.detail.newStatus)} />
    </>
  );
}
