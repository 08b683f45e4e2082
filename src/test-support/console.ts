/**
 * The lines a test's widgets write to the console with `level` while `run` runs, for tests of
 * the partner's console lines. `keep` leaves lines out (say, a shared test feed's own problem,
 * reported once per page by whichever test loads it first).
 */
export async function consoleDuring(level: 'warn' | 'error', run: () => Promise<void>, keep: (line: string) => boolean = () => true): Promise<string[]> {
  const lines: string[] = [];
  const real = console[level];
  console[level] = (line: string) => {
    if (keep(line)) lines.push(line);
  };
  try {
    await run();
  } finally {
    console[level] = real;
  }
  return lines;
}
