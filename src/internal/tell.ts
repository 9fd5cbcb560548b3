import { TAG } from '../tag.js';

/**
 * Says a line about the chart in the console at `level`, named by its tag (`<eprofile-radar>: …`), with what
 * follows it (an error, the chart itself). A console that throws (a test setup that fails on any message), or
 * none, is left alone: the line was for a developer, and the page must not hear of it as an error.
 */
export function tell(level: 'warn' | 'error', line: string, ...after: unknown[]): void {
  try {
    console[level](`<${TAG}>: ${line}`, ...after);
  } catch {
    // Nothing to do (see above).
  }
}
