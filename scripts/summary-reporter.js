/**
 * Prints the run's closing line, `N passed, N failed` (', N skipped' when any), after the
 * default reporter's output: CI and people read the same plain line. With `UCLG_TIMINGS=1`, the
 * slowest test files first (summed test durations over all groups): where CI's time goes.
 */
function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
}

function duration(suite) {
  let ms = 0;
  for (const t of suite?.tests ?? []) ms += t.duration ?? 0;
  for (const s of suite?.suites ?? []) ms += duration(s);
  return ms;
}

function timings(sessions) {
  const byFile = new Map();
  for (const session of sessions) {
    const file = session.testFile.replace(`${process.cwd()}/`, '');
    byFile.set(file, (byFile.get(file) ?? 0) + duration(session.testResults));
  }
  return [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([file, ms]) => `${(ms / 1000).toFixed(1).padStart(7)} s  ${file}`).join('\n');
}

export function summaryReporter() {
  return {
    onTestRunFinished({sessions}) {
      const totals = {passed: 0, failed: 0, skipped: 0};
      for (const session of sessions) {
        const before = totals.failed;
        count(session.testResults, totals);
        // A file that failed to load, or threw outside any test, failed without a failing test.
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      if (process.env.UCLG_TIMINGS) console.log(`\nSlowest test files (all groups):\n${timings(sessions)}`);
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      setTimeout(() => console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`), 0);
    },
  };
}
