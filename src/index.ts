/**
 * The public entry: importing it defines `<eprofile-radar>`. Registration is guarded, so loading the script twice,
 * or two builds on one page, leaves the first definition in place instead of throwing.
 */
import { EprofileRadar } from './radar-element.js';

export { EprofileRadar };
export type { Area, ScoresInput, SeriesInput } from './input/types.js';
export type { Strings } from './i18n/strings.js';
export type {
  EprofileErrorDetail,
  EprofileErrorEvent,
  EprofileEventMap,
  EprofileFocusAreaDetail,
  EprofileFocusAreaEvent,
  EprofileViewDetail,
  EprofileViewEvent,
} from './events.js';

export const TAG = 'eprofile-radar';

declare global {
  interface HTMLElementTagNameMap {
    'eprofile-radar': EprofileRadar;
  }
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, EprofileRadar);
}
