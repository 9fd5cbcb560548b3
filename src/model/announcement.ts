import { fill, type Strings } from '../i18n/strings.js';
import type { TextModel } from './describe.js';
import { flat } from './flat.js';

/** The shortest time between two announcements of one chart's changes, ms. */
export const ANNOUNCE_INTERVAL = 1000;

/**
 * What a listener would notice change in a chart: its takeaway, and each area's values, as the takeaway may sum
 * new data up in the same words ("Över medel i alla fem områden, …"). Empty without words (rejected input, whose
 * message is an alert of its own).
 */
export function heardKey(text: TextModel | undefined): string {
  return text ? [text.takeaway, ...text.axisNames].join('\n') : '';
}

/**
 * What a changed chart announces, politely: its title and new takeaway, once. Nothing on first render (`before`
 * is empty), when nothing a listener hears changed, or when the reader cannot be looking at the chart (`heard`:
 * it is drawn on screen or holds focus): a page updating 290 profiles at once must not queue 290 announcements.
 */
export function changeAnnouncement(
  before: string,
  text: TextModel | undefined,
  heard: boolean,
  strings: Strings,
): string {
  const after = heardKey(text);
  if (!before || !after || after === before || !heard) return '';
  return flat(fill(strings.announceUpdate, { takeaway: text!.takeaway, title: text!.figureName }));
}

/**
 * How long an announcement waits, ms: 0 when the last one is at least {@link ANNOUNCE_INTERVAL} old. A page
 * updating a chart 60 times a second would otherwise queue an announcement per frame, and a screen reader would
 * read stale values long after; so the first change is said at once and later ones wait, saying only the latest.
 */
export function announcementDelay(lastAt: number, now: number): number {
  return Math.max(0, lastAt + ANNOUNCE_INTERVAL - now);
}
