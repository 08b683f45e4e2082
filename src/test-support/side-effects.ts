/**
 * What `run` did that a page or a partner could notice, one line each: console lines, requests,
 * and `uclg-*` events dispatched on any target, in the page or not. For work that must leave
 * nothing behind (the agenda's and the card's rehearsals at idle).
 */
export async function sideEffectsOf(run: () => unknown): Promise<string[]> {
  const calls: string[] = [];
  const levels = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const consoles = levels.map((k) => console[k]);
  const {fetch} = window;
  const {dispatchEvent} = EventTarget.prototype;
  levels.forEach((k) => (console[k] = (...args: unknown[]) => void calls.push(`console.${k} ${args.join(' ')}`)));
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (calls.push(`fetch ${String(input)}`), fetch(input, init));
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (event.type.startsWith('uclg-')) calls.push(`event ${event.type}`);
    return dispatchEvent.call(this, event);
  };
  try {
    await run();
  } finally {
    levels.forEach((k, i) => (console[k] = consoles[i]));
    window.fetch = fetch;
    EventTarget.prototype.dispatchEvent = dispatchEvent;
  }
  return calls;
}
