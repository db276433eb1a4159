// Sums the vitest and Playwright summary lines of a test log into "N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const log = stripVTControlCharacters(readFileSync(process.argv[2], 'utf8'));
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const line of log.split('\n')) {
  // vitest: " Tests  2 failed | 50 passed | 1 skipped (53)"
  const vitest = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line);
  if (vitest) {
    for (const [, n, kind] of vitest[1].matchAll(/(\d+) (passed|failed|skipped|todo)/g)) {
      totals[kind === 'todo' ? 'skipped' : kind] += Number(n);
    }
    continue;
  }
  // Playwright: "  15 passed (20.3s)", "  2 failed", "  1 flaky", "  3 skipped"
  const playwright = /^\s+(\d+) (passed|failed|flaky|skipped|did not run)\b/.exec(line);
  if (playwright) {
    const kind =
      { passed: 'passed', flaky: 'passed', failed: 'failed' }[playwright[2]] ?? 'skipped';
    totals[kind] += Number(playwright[1]);
  }
}
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
