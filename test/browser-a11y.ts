/** Chromium's own view of the page, through the DevTools protocol: the accessibility tree and media emulation. */
import { cdp, userEvent } from 'vitest/browser';
import { contrast, parseColour } from '../src/model/colour.js';
import { settle } from './mount.js';
import type { EprofileRadar } from '../src/index.js';

export interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  parentId?: string;
}

interface FrameTree {
  frame: { id: string; url: string };
  childFrames?: FrameTree[];
}

function findFrame(tree: FrameTree, url: string): string | undefined {
  if (tree.frame.url === url) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const id = findFrame(child, url);
    if (id) return id;
  }
  return undefined;
}

/** The full accessibility tree of the frame the test runs in, as Chromium exposes it to screen readers. */
export async function axTree(): Promise<AXNode[]> {
  const session = cdp();
  const { frameTree } = (await session.send('Page.getFrameTree')) as { frameTree: FrameTree };
  const frameId = findFrame(frameTree, location.href);
  const { nodes } = (await session.send('Accessibility.getFullAXTree', frameId ? { frameId } : {})) as {
    nodes: AXNode[];
  };
  return nodes;
}

/** The unignored descendants of a node, in tree order (what a screen reader's virtual cursor walks). */
export function descendants(nodes: AXNode[], root: AXNode): AXNode[] {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const out: AXNode[] = [];
  const walk = (node: AXNode) => {
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (!child) continue;
      if (!child.ignored) out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

export const role = (node: AXNode) => node.role?.value ?? '';
export const name = (node: AXNode) => node.name?.value ?? '';

/** What a screen reader says for a role as it enters a node of it, in Swedish and English (NVDA's words). */
const ROLE_WORDS: Record<string, [string, string]> = {
  figure: ['figur', 'figure'],
  group: ['grupp', 'group'],
  heading: ['rubrik', 'heading'],
  list: ['lista', 'list'],
  table: ['tabell', 'table'],
  region: ['region', 'region'],
  button: ['knapp', 'button'],
  DisclosureTriangle: ['knapp', 'button'],
  link: ['länk', 'link'],
  image: ['bild', 'graphic'],
  img: ['bild', 'graphic'],
};

/** Roles whose children ARIA makes presentational: a reader says the node's name, not what it holds. */
const PRESENTATIONAL_CHILDREN = new Set(['button', 'DisclosureTriangle', 'image', 'img', 'checkbox', 'switch', 'tab']);

/** One thing a listener hears: a node's role word (if a reader says one) and its name. */
export interface Utterance {
  node: AXNode;
  role: string;
  words: string;
}

/**
 * What a listener hears walking a part of the page with a screen reader's virtual cursor, in reading order: the
 * accessibility tree below `root`, depth first in child order (DOM order, shadow roots flattened), ignored nodes
 * skipped but their children walked. The counting rule:
 * - a node that is not ignored says its role's word (ROLE_WORDS: figure, group, heading, list, table, region,
 *   button, link, image; a list item, a paragraph, text, rows and cells say none), or its role description where
 *   it has one (`aria-roledescription`, said in place of the role), and then its name;
 * - a name is heard once: a node's name that an ancestor already said (a heading's or a button's text, a table's
 *   caption, which also names the table) is not counted again, and an unnamed group says nothing at all;
 * - a button, an image and the other roles whose children are presentational in ARIA say their name and nothing
 *   inside them: a button whose name is "Tabell" is heard "knapp Tabell", whatever it holds;
 * - what a reader adds of its own (a heading's level, "5 objekt", "1 av 5", "nedtryckt") is not counted.
 */
export function heard(nodes: AXNode[], root: AXNode, lang: 'sv' | 'en'): Utterance[] {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const out: Utterance[] = [];
  const walk = (node: AXNode, said: readonly string[]) => {
    let next = said;
    if (!node.ignored && role(node) !== 'InlineTextBox') {
      const text = name(node).replace(/\s+/g, ' ').trim();
      const fresh = text !== '' && !said.includes(text);
      const named = role(node) === 'group' ? fresh : true;
      // A role description ("radardiagram") is said in place of the role's own word.
      const described = node.properties?.find((p) => p.name === 'roledescription')?.value.value;
      const roleWord = named
        ? typeof described === 'string' && described
          ? described
          : (ROLE_WORDS[role(node)]?.[lang === 'sv' ? 0 : 1] ?? '')
        : '';
      const words = [roleWord, fresh ? text : ''].filter(Boolean).join(' ');
      if (words) out.push({ node, role: role(node), words });
      if (fresh) next = [...said, text];
    }
    if (!node.ignored && PRESENTATIONAL_CHILDREN.has(role(node))) return;
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) walk(child, next);
    }
  };
  walk(root, []);
  return out;
}

/** Words as a listener hears them: separated by spaces, a lone dash or semicolon is no word. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Emulates media features (forced-colors, prefers-contrast, prefers-reduced-motion, prefers-color-scheme). */
export async function emulate(features: Record<string, string>, chart?: EprofileRadar): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
  if (chart) await settle(chart);
}

/** Back to the machine's defaults (call in afterEach of any test that emulates). */
export async function resetMedia(): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
}

/** A CSS colour as the browser computes it for `color` (system colours such as CanvasText resolve too). */
export function computedColor(css: string): string {
  const probe = document.createElement('span');
  probe.style.color = css;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** WCAG contrast between two computed CSS colours (`rgb(…)` as getComputedStyle gives them). */
export function ratio(a: string, b: string): number {
  const [x, y] = [parseColour(a), parseColour(b)];
  if (!x || !y) throw new Error(`not an rgb() colour: ${x ? b : a}`);
  return contrast(x, y);
}

/**
 * Moves the real pointer to the top-left corner of the page, away from where charts are mounted: the
 * pointer stays where a test left it, and a chart drawn later under it would get a real pointerenter.
 */
export async function parkPointer(): Promise<void> {
  const corner = document.createElement('div');
  // The page's top-left corner lies in the body's margin, never over a chart, whatever the fonts make its size.
  corner.style.cssText = 'position:fixed;left:0;top:0;width:2px;height:2px';
  document.body.append(corner);
  // Forced: with other test files running in the same browser, this file's frame may lie outside the top page's
  // viewport for a moment, where an actionable hover waited 30 s and failed the file after all its tests passed.
  // Even forced, Playwright refuses a frame out of view ("outside of the viewport"): tried again after a moment,
  // and then left, as a pointer not parked only matters to a chart later drawn under it.
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await userEvent.hover(corner, { force: true });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  corner.remove();
}
