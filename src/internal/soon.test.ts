import {expect, waitUntil} from '@open-wc/testing';
import {soon} from './soon.js';

// This file's page has its own copy of the module, and nothing here made its channel yet.
describe('soon', () => {
  it('without MessageChannel (jsdom, where some apps test): later tasks, in order, never at once', async () => {
    const real = globalThis.MessageChannel;
    const seen: string[] = [];
    try {
      (globalThis as {MessageChannel?: unknown}).MessageChannel = undefined;
      soon(() => seen.push('a'));
      soon(() => seen.push('b'));
      seen.push('asked');
    } finally {
      globalThis.MessageChannel = real;
    }
    await waitUntil(() => seen.length === 3);
    expect(seen).to.deep.equal(['asked', 'a', 'b']);
  });

  it('with MessageChannel: later tasks, in order, each after the microtasks of the one before', async () => {
    const seen: string[] = [];
    let microtasksOver = false;
    soon(() => {
      seen.push('a');
      queueMicrotask(() => (microtasksOver = true));
    });
    soon(() => seen.push(microtasksOver ? 'b in a later task' : 'b in the same task'));
    seen.push('asked');
    await waitUntil(() => seen.length === 3);
    expect(seen).to.deep.equal(['asked', 'a', 'b in a later task']);
  });
});
