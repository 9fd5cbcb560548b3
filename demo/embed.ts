/**
 * embed.html: the chart alone, for an iframe. Data and words come from the URL (the element's attribute names:
 * ?heading=…&label=…&scores=3,0+3,2+3,0+3,0+3,1&baseline=…&lang=en&theme=dark&source=…). The page reports its
 * height to the parent whenever it changes, in the two formats embedding hosts understand: AMP's `embed-size`
 * message (amp-iframe) and pym.js's string message (when the parent gave a `childId`, as pym.Parent does).
 * demo/embed-resize.js is a small parent script that resizes such iframes.
 */
import '../src/index.js';

const ATTRIBUTES = [
  'heading',
  'label',
  'scores',
  'baseline',
  'baseline-label',
  'min',
  'max',
  'lang',
  'theme',
  'takeaway',
  'source',
  'notes',
  'byline',
  'heading-level',
];

const params = new URLSearchParams(location.search);
const chart = document.createElement('eprofile-radar');
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) chart.setAttribute(name, value);
}
// The chart is the whole page in its frame: its title is the page's heading, level one, unless the URL says.
if (!params.has('heading-level')) chart.setAttribute('heading-level', '1');
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
const theme = params.get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
const heading = params.get('heading');
if (heading) document.title = heading;
document.querySelector('#chart')!.append(chart);

/** pym.js names each child by the `childId` its parent adds to the URL; without one, only AMP is spoken. */
const childId = params.get('childId');
let reported = -1;

function reportHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === reported || window.parent === window) return;
  reported = height;
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  if (childId) window.parent.postMessage(['pym', childId, 'height', String(height)].join('xPYMx'), '*');
}

// A parent whose script started after this page reported asks again: embed-resize.js on start, pym.js whenever
// its width changes.
addEventListener('message', (event) => {
  if (event.source !== window.parent) return;
  const data: unknown = event.data;
  followParentScheme(data);
  const asked =
    (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'embed-size-request') ||
    (typeof data === 'string' && childId !== null && data.startsWith(`pymxPYMx${childId}xPYMxwidth`));
  if (asked) {
    reported = -1;
    reportHeight();
  }
});

// The height follows the width (labels wrap, a narrow chart gets numbered axes) and the open views (table,
// dot plot, download list): observing the document catches all of them.
new ResizeObserver(reportHeight).observe(document.documentElement);

/**
 * The scheme the page around the iframe is in, from embed-resize.js (`light` or `dark`): a chart whose theme is
 * auto takes it, as on the page itself (embed.css keeps it light until told). A theme in the URL is the editor's
 * choice and wins.
 */
function followParentScheme(data: unknown): void {
  if (theme === 'light' || theme === 'dark' || typeof data !== 'object' || data === null) return;
  const { type, scheme } = data as { type?: unknown; scheme?: unknown };
  if (type !== 'embed-scheme' || (scheme !== 'light' && scheme !== 'dark')) return;
  if (document.documentElement.style.colorScheme !== scheme) document.documentElement.style.colorScheme = scheme;
}
