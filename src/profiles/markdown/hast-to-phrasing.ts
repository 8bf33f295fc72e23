// hast → mdast phrasing: the shared pieces for turning HTML found in markdown into links, images and text.
import type { Element, ElementContent, RootContent as HastContent, Root as HastRoot } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import type { PhrasingContent } from 'mdast';
import { parseFragment as parse5Fragment } from 'parse5';
import type { Position } from 'unist';
import { VFile } from 'vfile';
import { parseSimpleHtml } from './simple-html.js';

export const BLOCK = new Set(
  'address article aside blockquote center details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr td th ul'.split(
    ' ',
  ),
);
const DROP = new Set(
  'script style template head meta link title noscript iframe object embed svg'.split(' '),
);

export type HastNode = HastContent | ElementContent;
export type Shift = (position: Position | undefined) => Position | undefined;

// Helpers here are module functions, not per-call closures: tsx (keepNames) names each closure it creates.
function move(p: Position['start'], base: Position): Position['start'] {
  return {
    line: p.line + base.start.line - 1,
    column: p.line === 1 ? p.column + base.start.column - 1 : p.column,
    offset:
      p.offset === undefined || base.start.offset === undefined ? undefined : p.offset + base.start.offset,
  };
}

export function shifter(base: Position | undefined): Shift {
  return (position) => {
    if (!position || !base) return base;
    return { start: move(position.start, base), end: move(position.end, base) };
  };
}

export function attr(el: Element, name: string): string | null {
  const value = el.properties?.[name];
  if (value === undefined || value === null || value === false) return null;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function kids(node: Element, shift: Shift): PhrasingContent[] {
  return node.children.flatMap((child) => phrasing(child, shift));
}

export function phrasing(node: HastNode, shift: Shift): PhrasingContent[] {
  const position = shift(node.position);
  if (node.type === 'text') return [{ type: 'text', value: node.value.replace(/\s+/g, ' '), position }];
  if (node.type !== 'element' || DROP.has(node.tagName)) return [];
  switch (node.tagName) {
    case 'br':
      return [{ type: 'break', position }];
    case 'img': {
      const src = attr(node, 'src');
      const alt = attr(node, 'alt');
      if (!src) return alt ? [{ type: 'text', value: alt, position }] : [];
      return [{ type: 'image', url: src, alt, title: attr(node, 'title'), position }];
    }
    case 'a': {
      const href = attr(node, 'href');
      return href
        ? [{ type: 'link', url: href, title: attr(node, 'title'), children: kids(node, shift), position }]
        : kids(node, shift);
    }
    case 'b':
    case 'strong':
      return [{ type: 'strong', children: kids(node, shift), position }];
    case 'i':
    case 'em':
      return [{ type: 'emphasis', children: kids(node, shift), position }];
    case 'del':
    case 's':
    case 'strike':
      return [{ type: 'delete', children: kids(node, shift), position }];
    case 'code':
    case 'kbd':
    case 'tt':
      return [{ type: 'inlineCode', value: textOf(node), position }];
    default: {
      const inner = kids(node, shift);
      // Block tags met in a phrasing context (<a><p>…</p></a>) still separate their words.
      return BLOCK.has(node.tagName)
        ? [{ type: 'text', value: ' ' }, ...inner, { type: 'text', value: ' ' }]
        : inner;
    }
  }
}

/** Trims whitespace at both ends of a run of phrasing content. */
export function tidy(children: PhrasingContent[]): PhrasingContent[] {
  const out = [...children];
  const first = out[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = out.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return out.filter((c) => !(c.type === 'text' && c.value === ''));
}

export function visible(children: PhrasingContent[]): boolean {
  return children.some((c) =>
    c.type === 'text' || c.type === 'inlineCode'
      ? c.value.trim() !== ''
      : c.type === 'image' || ('children' in c && visible(c.children)),
  );
}

export function span(nodes: { position?: Position | undefined }[]): Position | undefined {
  const first = nodes.find((n) => n.position)?.position;
  const last = [...nodes].reverse().find((n) => n.position)?.position;
  return first && last ? { start: first.start, end: last.end } : undefined;
}

/** Deeper HTML than this is read as text: real READMEs nest a handful of levels. */
const MAX_HTML_DEPTH = 48;

/** Text of a hast subtree without recursion (used where the tree is too deep to walk recursively). */
function flatHastText(node: HastNode | HastRoot): string {
  const out: string[] = [];
  const stack: (HastNode | HastRoot)[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push(n.value);
    if ((n.type === 'element' && !DROP.has(n.tagName)) || n.type === 'root')
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

function limitHastDepth(root: HastRoot): void {
  const stack: [HastRoot | Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [parent, depth] = stack.pop()!;
    parent.children.forEach((child, i) => {
      if (child.type !== 'element') return;
      if (depth + 1 < MAX_HTML_DEPTH) stack.push([child, depth + 1]);
      else parent.children[i] = { type: 'text', value: flatHastText(child), position: child.position };
    });
  }
}

/** Parses an HTML fragment: simple HTML directly, the rest with parse5 (parseFragmentFully). */
export function parseFragment(html: string): HastRoot {
  return parseSimpleHtml(html) ?? parseFragmentFully(html);
}

/** parse5's reading; pathological nesting falls back to the text with tags and comments removed. */
export function parseFragmentFully(html: string): HastRoot {
  let root: HastRoot;
  try {
    // parse5 directly: hast-util-from-html wraps the same parser with a VFile and error reporting that
    // cost 4x the parse itself (0.33 vs 0.07 ms per block, measured).
    // (The VFile only switches on positions.)
    root = fromParse5(parse5Fragment(html, { sourceCodeLocationInfo: true }), {
      file: new VFile(html),
    }) as HastRoot;
  } catch {
    const text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<[^<>]*>/g, ' ');
    return { type: 'root', children: [{ type: 'text', value: text }] };
  }
  limitHastDepth(root);
  return root;
}
