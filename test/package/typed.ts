// Type checks of the package as installed (test/package.test.ts runs tsc over this file, App.tsx and main.ts):
// each line marked @ts-expect-error must fail, so the types are real, not `any`.
import type { GlobalComponents } from 'vue';
import type { SvelteHTMLElements } from 'svelte/elements';
import { createRef, type JSX } from 'react';
import type { EprofileFocusAreaEvent, EprofileRadar, EprofileViewEvent } from 'eprofile-radar';

const chart: EprofileRadar = document.createElement('eprofile-radar');
chart.addEventListener('eprofile-focus-area', (event: EprofileFocusAreaEvent) => event.detail.index.toFixed());
chart.addEventListener('eprofile-view', (event) => {
  const view: 'table' | 'dotplot' = event.detail.view;
  return view;
});
window.addEventListener('eprofile-error', (event) => event.detail.attribute.toUpperCase());
// @ts-expect-error the detail of eprofile-view has no index
chart.addEventListener('eprofile-view', (event) => event.detail.index);
// @ts-expect-error theme is auto, light or dark
chart.theme = 'sepia';

const react: JSX.IntrinsicElements['eprofile-radar'] = {
  series: [{ label: 'Falkenberg', scores: [3, 3.2, 3, 3, 3.1] }],
  'oneprofile-view': (event) => event.detail.open,
};
// @ts-expect-error the detail of eprofile-error has no index
const reactDetail: JSX.IntrinsicElements['eprofile-radar'] = { 'oneprofile-error': (event) => event.detail.index };
// @ts-expect-error React 19 listens for the name as written: onEprofile-view would never fire
const reactWrong: JSX.IntrinsicElements['eprofile-radar'] = { 'onEprofile-view': (event: EprofileViewEvent) => event };

// React's own props for an element: its ref, style (custom properties too), handlers, attributes as written.
const reactOwn: JSX.IntrinsicElements['eprofile-radar'] = {
  ref: createRef<EprofileRadar>(),
  style: { maxWidth: 480, '--eprofile-series-1': '#005a9c' },
  onClick: (event) => event.currentTarget.scores,
  suppressHydrationWarning: true,
  className: 'chart',
  controls: 'full',
  'heading-level': '3',
  'baseline-label': 'Medel 2024',
};
// @ts-expect-error a ref to another kind of element
const reactRefWrong: JSX.IntrinsicElements['eprofile-radar'] = { ref: createRef<HTMLInputElement>() };
// @ts-expect-error heading-level is a number, written as text or not
const reactLevelWrong: JSX.IntrinsicElements['eprofile-radar'] = { 'heading-level': 'three' };

type VueProps = InstanceType<GlobalComponents['eprofile-radar']>['$props'];
const vueAttributes: VueProps = { headingLevel: '3', controls: 'none' };
const vue: VueProps = { series: [], headingLevel: 2, class: 'chart' };
// @ts-expect-error headingLevel is a number
const vueWrong: VueProps = { headingLevel: 'two' };

const svelte: SvelteHTMLElements['eprofile-radar'] = {
  areas: [{ key: 'egov' }],
  controls: 'full',
  'heading-level': '3',
  'baseline-label': 'Medel 2024',
  'oneprofile-error': (event) => event.detail.message,
};
// @ts-expect-error the detail of eprofile-error has no index
const svelteWrong: SvelteHTMLElements['eprofile-radar'] = { 'oneprofile-error': (event) => event.detail.index };

export {
  react,
  reactDetail,
  reactWrong,
  reactOwn,
  reactRefWrong,
  reactLevelWrong,
  vue,
  vueAttributes,
  vueWrong,
  svelte,
  svelteWrong,
};
