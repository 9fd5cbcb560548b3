/**
 * The public entry: importing it defines `<eprofile-radar>`. Registration is guarded, so loading the script twice,
 * or two builds on one page, leaves the first definition in place instead of throwing.
 */
import type { EprofileEventMap } from './element/events.js';
import { EprofileRadar } from './element/radar-element.js';
import { TAG } from './tag.js';
import { LIT_POLICY, policyRefused } from './trusted-types.js';
import { tell } from './internal/tell.js';

export { EprofileRadar };
export type { Area, ScoresInput, SeriesInput } from './input/types.js';
export type { Strings } from './i18n/strings.js';
export type {
  EprofileErrorCode,
  EprofileErrorDetail,
  EprofileErrorEvent,
  EprofileEventMap,
  EprofileFocusAreaDetail,
  EprofileFocusAreaEvent,
  EprofileViewDetail,
  EprofileViewEvent,
} from './element/events.js';

export { TAG } from './tag.js';

/**
 * The element's public properties, each optional: what a framework may set on `<eprofile-radar>` (the React, Vue
 * and Svelte typings use it).
 */
export type EprofileRadarProperties = Partial<
  Pick<
    EprofileRadar,
    | 'scores'
    | 'baseline'
    | 'label'
    | 'baselineLabel'
    | 'heading'
    | 'headingLevel'
    | 'min'
    | 'max'
    | 'lang'
    | 'theme'
    | 'takeaway'
    | 'source'
    | 'notes'
    | 'byline'
    | 'loading'
    | 'controls'
    | 'areas'
    | 'series'
    | 'strings'
  >
>;

/**
 * The attributes whose names are not their properties', as written in markup (React, Svelte): `heading-level="3"`,
 * `baseline-label="Medel 2024"`. A number written as text is what the attribute takes.
 */
export interface EprofileRadarAttributes {
  'heading-level'?: number | `${number}`;
  'baseline-label'?: string;
}

/** An `on<event name>` handler for each of the element's events, as React 19 and Svelte 5 name them. */
export type EprofileEventHandlers = {
  [Name in keyof EprofileEventMap as `on${Name}`]?: (event: EprofileEventMap[Name]) => void;
};

declare global {
  interface HTMLElementTagNameMap {
    'eprofile-radar': EprofileRadar;
  }
}

if (policyRefused()) {
  tell(
    'warn',
    `this page's Content-Security-Policy enforces Trusted Types and does not allow the policy "${LIT_POLICY}", which the chart is built with, so no chart is drawn (a <table> inside the element stays as it is). Allow it: trusted-types ${LIT_POLICY}; or, where another lit-based script made it first: trusted-types ${LIT_POLICY} 'allow-duplicates'`,
  );
} else if (typeof customElements !== 'undefined') {
  const taken = customElements.get(TAG);
  if (!taken) customElements.define(TAG, EprofileRadar);
  // Another build of this chart is fine (it has the same properties); another element under this name is not.
  else if (!['scores', 'baseline', 'series', 'areas'].every((name) => name in taken.prototype))
    tell(
      'warn',
      `the tag is already defined by another script's element, so this chart is not registered and the page's <${TAG}> elements are that element.`,
    );
}
