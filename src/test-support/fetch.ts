/**
 * The page's `fetch` replaced while `run` runs, and put back after it, however it ends. The
 * stand-in gets the real one, to pass requests on (to count them, or to fail some of them).
 */
export async function withFetch<T>(stand: (real: typeof fetch, ...args: Parameters<typeof fetch>) => Promise<Response>, run: () => Promise<T>): Promise<T> {
  const real = window.fetch;
  window.fetch = (...args) => stand(real, ...args);
  try {
    return await run();
  } finally {
    window.fetch = real;
  }
}

/** A request that never gets an answer: a widget fetching it stays in its loading state. */
export const neverAnswered = (): Promise<Response> => new Promise(() => {});
