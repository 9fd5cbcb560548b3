// Prints vitest's totals as one plain line ("vitest: 60 passed, 0 failed, 0 skipped") for CI logs, from the
// JSON report the test run writes. Exits non-zero when the report is missing or counts no test.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(new URL('../.vitest/results.json', import.meta.url), 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
if (report.numTotalTests === 0 || report.numFailedTests > 0) process.exit(1);
