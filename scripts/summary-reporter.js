/**
 * Prints the run's closing line, `N passed, N failed` (', N skipped' when any), after the
 * default reporter's output: CI and people read the same plain line.
 */
function count(suite, totals) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) totals.skipped++;
    else if (t.passed) totals.passed++;
    else totals.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, totals);
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
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      setTimeout(() => console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`), 0);
    },
  };
}
