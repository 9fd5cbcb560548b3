import { render, type TemplateResult } from 'lit';

/**
 * What many charts show alike (the grid and area names of a frame, the row of buttons for a language, the legend
 * for a set of series) is rendered once into a master, and each chart takes a copy: a copy holds no template
 * parts, so it costs a chart nothing in the script heap. Directives then write what is the chart's own.
 */

/**
 * A master to copy from a template's first element. It keeps nothing of lit's: the comments in it mark template
 * parts, which a copy has no use for, and each would be one more node in every chart.
 */
export function renderMaster(template: TemplateResult): Element {
  const root = document.createElement('div');
  render(template, root);
  return stripped(root.firstElementChild!);
}

/** `root` without the comments lit marks its parts with. */
export function stripped<T extends Node>(root: T): T {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode as ChildNode);
  comments.forEach((comment) => comment.remove());
  return root;
}
