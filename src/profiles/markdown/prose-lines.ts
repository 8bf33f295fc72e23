// proseLines: the lines of running text a reader takes as the author's own words, for reading skills out of prose.
// Struck-through text, inline code and titles of links (posts, repositories) are left out; a link whose whole
// text is one technology ("my ♥ in [React](…)") stays.
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { lookupTechnology } from '../vocabulary/tech-vocabulary.js';
import { codeSpanTech } from './code-span-tech.js';
import { plainText } from './plain-text.js';

export interface ProseLine {
  text: string;
  line: number | null;
}

// Stands where something left out was, so a list never runs across it ("[Post about Go] and Rust").
const GAP = ' ¦ ';

// Inline `<del>Perl</del>` in a markdown paragraph arrives as an empty delete node (or raw tags) before
// the struck text, which is the next sibling: track it by hand.
const STRIKE_OPEN = /^<(?:del|s|strike)(?:\s[^>]*)?>$/i;
const STRIKE_CLOSE = /^<\/(?:del|s|strike)\s*>$/i;

/** 1 while inside a raw strike-through, 2 for the one node after an empty delete; 0 otherwise. */
function strikeStep(node: PhrasingContent | Nodes, state: number): number {
  if (node.type === 'delete' && node.children.length === 0) return 2;
  if (node.type === 'html' && STRIKE_OPEN.test(node.value.trim())) return 1;
  if (node.type === 'html' && STRIKE_CLOSE.test(node.value.trim())) return 0;
  return state === 2 ? -1 : state;
}

function phrasing(nodes: readonly PhrasingContent[], out: string[]): void {
  let struck = 0;
  for (const node of nodes) {
    struck = strikeStep(node, struck);
    if (struck === 1 || struck === -1) {
      if (struck === -1) struck = 0;
      if (node.type !== 'html') continue;
    }
    switch (node.type) {
      case 'text':
        out.push(node.value);
        break;
      case 'break':
        out.push('\n');
        break;
      case 'inlineCode':
        out.push(codeSpanTech(node.value) ?? GAP);
        break;
      case 'delete':
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        out.push(GAP);
        break;
      case 'link':
      case 'linkReference': {
        const text = plainText(node, { includeImageAlt: false }).trim();
        const tech = text ? lookupTechnology(text) : undefined;
        out.push(tech?.wellKnown ? text : GAP);
        break;
      }
      default:
        if ('children' in node) phrasing(node.children as PhrasingContent[], out);
    }
  }
}

function push(nodes: readonly PhrasingContent[], line: number | null, out: ProseLine[]): void {
  const parts: string[] = [];
  phrasing(nodes, parts);
  parts
    .join('')
    .split('\n')
    .forEach((text, i) => {
      const trimmed = text.trim();
      if (trimmed && trimmed !== GAP.trim())
        out.push({ text: trimmed, line: line === null ? null : line + i });
    });
}

// After a leading link: the description of the linked thing ("[repo](…) (3k ⭐): …", "[post](…) - …").
const DESCRIPTION = /^\s*(?:[:(|]|[-–—]\s)/;

/** "[tree-cli](…) (266 ⭐): Node.js equivalent of …" describes a project or post, not its author's skills. */
function describesLink(children: readonly PhrasingContent[]): boolean {
  let i = 0;
  while (
    i < children.length &&
    children[i]!.type === 'text' &&
    !/[\p{L}\p{N}]/u.test((children[i] as { value: string }).value)
  )
    i++;
  const link = children[i];
  const after = children[i + 1];
  if (!link || (link.type !== 'link' && link.type !== 'linkReference')) return false;
  return after === undefined || (after.type === 'text' && DESCRIPTION.test(after.value));
}

function visit(node: Nodes, out: ProseLine[]): void {
  const line = node.position?.start.line ?? null;
  switch (node.type) {
    case 'paragraph':
      if (!describesLink(node.children)) push(node.children, line, out);
      return;
    case 'blockquote':
    case 'list':
    case 'listItem':
      for (const child of node.children) visit(child, out);
      return;
    default:
      // Headings, tables, code and HTML are read by their own rules.
      return;
  }
}

/** Every line of prose in the blocks (paragraphs, list items, quotes), in order. */
export function proseLines(blocks: readonly RootContent[]): ProseLine[] {
  const out: ProseLine[] = [];
  for (const block of blocks) visit(block, out);
  return out;
}

function hostAndPath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname} ${parsed.pathname}`.toLowerCase().replace(/[\s._-]+/g, '');
  } catch {
    return '';
  }
}

/**
 * Technologies named by a link to their own site or repository: "[React](https://reactjs.org)",
 * "[Pest](https://github.com/pestphp/pest)". A link to a post or a project with another name is no claim.
 */
export function selfNamedLinks(blocks: readonly RootContent[]): { name: string; line: number | null }[] {
  const out: { name: string; line: number | null }[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'link') {
      const tech = lookupTechnology(plainText(node, { includeImageAlt: false }).trim());
      const key = tech && tech.kind !== 'platform' ? tech.name.toLowerCase().replace(/[\s._-]+/g, '') : '';
      // The URL is parsed only for a link whose text names a technology.
      const target = key.length >= 3 ? hostAndPath(node.url) : '';
      const named = key.length >= 3 && (target.includes(key) || (!!tech?.slug && target.includes(tech.slug)));
      if (tech && named) out.push({ name: tech.name, line: node.position?.start.line ?? null });
      return;
    }
    if (node.type === 'heading' || node.type === 'code') return;
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  for (const block of blocks) walk(block);
  return out;
}

/** Folded texts of struck-through items: "~~Markdown~~" is a skill the author took back. */
export function struckTexts(blocks: readonly RootContent[]): string[] {
  const out: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'delete') out.push(plainText(node, { includeImageAlt: true }).trim());
    else if ('children' in node) {
      let struck = 0;
      for (const child of node.children as Nodes[]) {
        struck = strikeStep(child, struck);
        const inside = (struck === 1 || struck === -1) && child.type !== 'html';
        if (struck === -1) struck = 0;
        if (inside) out.push(plainText(child, { includeImageAlt: true }).trim());
        else walk(child);
      }
    }
  };
  for (const block of blocks) walk(block);
  return out.filter(Boolean);
}
