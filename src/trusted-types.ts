/**
 * Trusted Types. lit builds every template through a policy it names `lit-html`; a page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) with a `trusted-types` list without that name refuses it, and lit then
 * throws as the script loads. In the single-file bundle lit asks for its policy here instead (scripts/bundle.mjs),
 * so a refusal is caught: the element is left undefined, the author's `<table>` stays as the page wrote it, and
 * one console message names the policy to allow. (In the npm build lit is the app's own dependency, untouched.)
 */

import { TAG } from './tag.js';

/** The name a page must allow: `Content-Security-Policy: trusted-types lit-html`. */
export const LIT_POLICY = 'lit-html';

interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(html: string): string }): unknown;
}

let refused = false;

/** lit's policy, made as lit makes it, or undefined (and remembered) when the page refuses it. */
export function litPolicy(factory: PolicyFactory): unknown {
  // A second copy of the chart (the script loaded twice, two builds): the page's charts are the first copy's, and
  // this one renders nothing, so it asks for no policy, which a page without 'allow-duplicates' refuses with a
  // violation in the console (and this copy then warned that no chart is drawn, beside drawn charts).
  if (typeof customElements !== 'undefined' && customElements.get(TAG)) return undefined;
  try {
    return factory.createPolicy(LIT_POLICY, { createHTML: (html) => html });
  } catch {
    refused = true;
    return undefined;
  }
}

/** Whether the page refused lit's policy, so no chart can be built on it. */
export function policyRefused(): boolean {
  return refused;
}
