/** Calls waiting for their task, in order, one message each. */
const queue: (() => void)[] = [];
// One channel for the page, made by the first call: a channel per call cost more than its message.
let channel: MessageChannel | undefined;

/**
 * `fn` in a task of its own, soon, after the ones asked for before it. Not requestAnimationFrame
 * (a background tab never gets one) and not setTimeout (clamped to once a second there): a
 * message is never throttled. Where there is no `MessageChannel` (jsdom, which some apps' tests
 * run in), a timeout.
 */
export const soon = (fn: () => void): void => {
  if (!channel && !globalThis.MessageChannel) return void setTimeout(fn);
  queue.push(fn);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queue.shift()?.();
  }
  channel.port2.postMessage(0);
};
