import {useState} from 'react';
import '@uclg/widgets/define.js'; // registers the elements
import type {} from '@uclg/widgets/jsx-react'; // their JSX types: attributes, properties, typed events
import type {SessionStatus} from '@uclg/widgets';

export function App() {
  const [status, setStatus] = useState<SessionStatus>();
  return (
    <>
      <uclg-session-card session="inclusive-digitalization" src="/feed.json"
        onuclg-status-change={(event) => setStatus(event.detail.newStatus)} />
      <p id="status">{status}</p>
    </>
  );
}
