/**
 * The element's events, typed: what each one carries, its `CustomEvent` type, and their entries in the DOM's
 * event map, so `chart.addEventListener('eprofile-error', (e) => e.detail.attribute)` type-checks without a cast.
 * `emit` is the one way the element fires them: bubbling and composed, so a page can listen on any ancestor,
 * across shadow roots.
 */

import type { ProblemCode } from '../i18n/strings.js';

/** Why an input was rejected (`EprofileErrorDetail.code`). */
export type EprofileErrorCode = ProblemCode;

/** `eprofile-error`: one rejected input (the chart shows the same message in place of what it cannot draw). */
export interface EprofileErrorDetail {
  /** The sentence shown in the chart, in its language: `scores: 9 ligger utanför skalan 0–4.` */
  message: string;
  /** The attribute or property the value came from (`scores`, `baseline`, `min`, `series`, …). */
  attribute: string;
  /** The rejected value, shortened for display. */
  value: string;
  /**
   * Why, in words that do not change with the chart's language, for a script to act on: `not-a-number`,
   * `out-of-range`, `count` (not one value per area), `empty`, `json`, `shape`, `scale` (min not under max),
   * `areas` (not 3–12 areas), `too-many-series`, `unknown-key`, `duplicate-key`, `too-long`, or `commas`
   * (values separated by commas that are decimal commas).
   */
  code: EprofileErrorCode;
}

/** `eprofile-focus-area`: the reader moved to an area, by keyboard or pointer. */
export interface EprofileFocusAreaDetail {
  /** The area's position, 0 for the first, clockwise from 12 o'clock. */
  index: number;
  /** The area's key (`egov`, `platform`, … or the key of a custom area). */
  key: string;
  /** The area's name as shown. */
  label: string;
}

/** `eprofile-view`: the reader opened or closed the table or the dot plot, or an open one closed with the buttons (`controls="none"`). */
export interface EprofileViewDetail {
  view: 'table' | 'dotplot';
  /** Whether the view is now open. */
  open: boolean;
}

export type EprofileErrorEvent = CustomEvent<EprofileErrorDetail>;
export type EprofileFocusAreaEvent = CustomEvent<EprofileFocusAreaDetail>;
export type EprofileViewEvent = CustomEvent<EprofileViewDetail>;

/** Every event the element fires, by name. */
export interface EprofileEventMap {
  'eprofile-error': EprofileErrorEvent;
  'eprofile-focus-area': EprofileFocusAreaEvent;
  'eprofile-view': EprofileViewEvent;
}

declare global {
  // The events bubble and are composed, so any element (or the document) may hear them.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends EprofileEventMap {}
}

/** Fires one of the element's events on `host`: bubbling and composed, as every `eprofile-*` event is. */
export function emit<Name extends keyof EprofileEventMap>(
  host: EventTarget,
  name: Name,
  detail: EprofileEventMap[Name]['detail'],
): void {
  host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}
