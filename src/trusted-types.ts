/**
 * Trusted Types. lit builds every template through a policy it names `lit-html`; a page that enforces Trusted Types
 * (`require-trusted-types-for 'script'`) with a `trusted-types` list without that name refuses it, and lit then
 * throws as the script loads. In the single-file bundle lit asks for its policy here instead (scripts/bundle.mjs),
 * so a refusal is caught: the element is left undefined, the author's `<table>` stays as the page wrote it, and
 * one console message names the policy to allow. (In the npm build lit is the app's own dependency, untouched.)
 */

/** The name a page must allow: `Content-Security-Policy: trusted-types lit-html`. */
export const LIT_POLICY = 'lit-html';

interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(html: string): string }): unknown;
}

let refused = false;

/** lit's policy, made as lit makes it, or undefined (and remembered) when the page refuses it. */
export function litPolicy(factory: PolicyFactory): unknown {
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
