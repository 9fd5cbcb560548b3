import { fill, type Strings } from '../i18n/strings.js';
import type { TextModel } from './describe.js';
import { flat } from './flat.js';

/**
 * How long a chart's data must stay as they are before their change is announced, ms: a burst of changes (a form
 * being typed in, a slider, a page stepping through years) is said once, in its last words. Said at its first
 * change and then at most once a second, each announcement 16 to 25 words long, a listener heard five seconds and
 * more of speech for every second of changes, queued behind each other.
 */
export const ANNOUNCE_QUIET = 1000;

/** The longest a change waits for the data to stay still, ms: a page stepping through years is heard as it goes. */
export const ANNOUNCE_LONGEST = 5000;

/**
 * How long the latest change waits before it is said, ms: until the data have stayed still for
 * {@link ANNOUNCE_QUIET}, but no longer than {@link ANNOUNCE_LONGEST} after the first change not yet said
 * (`since`), so data that never stay still are still heard, in their latest words, every few seconds.
 */
export function announcementWait(since: number, now: number): number {
  return Math.max(0, Math.min(ANNOUNCE_QUIET, since + ANNOUNCE_LONGEST - now));
}

/**
 * Whether a listener would notice a change between two sets of words: the takeaway, or any area's values, as the
 * takeaway may sum new data up in the same words ("Över medel i alla fem områden, …"). The words themselves are
 * compared, not a joined copy of them: a copy per chart was 0.2 MB on an overview page (README, How it is built).
 */
export function heardChange(before: TextModel, after: TextModel): boolean {
  return (
    before.takeaway !== after.takeaway ||
    before.axisNames.length !== after.axisNames.length ||
    before.axisNames.some((name, i) => name !== after.axisNames[i])
  );
}

/**
 * What a changed chart announces, politely: its title and new takeaway, once. Nothing on first render (no
 * `before`), for rejected input (no `text`: its message is an alert of its own), when nothing a listener hears
 * changed, or when the reader cannot be looking at the chart (`heard`: it is drawn on screen or holds focus): a
 * page updating all its profiles at once must not queue an announcement for each.
 */
export function changeAnnouncement(
  before: TextModel | undefined,
  text: TextModel | undefined,
  heard: boolean,
  strings: Strings,
): string {
  if (!before || !text || !heard || !heardChange(before, text)) return '';
  return flat(fill(strings.announceUpdate, { takeaway: text.takeaway, title: text.figureName }));
}
