/**
 * Runs `fn` when the page is idle, at the latest after `timeout` ms when one is given; soon where
 * the browser has no `requestIdleCallback` (Safari before 18).
 */
export const idle = (fn: () => void, timeout?: number): void =>
  void (globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 1)))(fn, {timeout});
