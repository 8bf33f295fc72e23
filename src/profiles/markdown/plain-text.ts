// plainText: the readable text of an mdast node (what a person sees), used by every extractor.
import type { Nodes } from 'mdast';

export interface PlainTextOptions {
  /** Include image alt text (default true); titles pass false so badges don't become words. */
  includeImageAlt?: boolean;
}

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'code',
  'table',
  'tableRow',
  'html',
  'thematicBreak',
  'definition',
  'footnoteDefinition',
  'yaml',
]);

function visit(n: Nodes, out: string[], includeImageAlt: boolean): void {
  switch (n.type) {
    case 'text':
    case 'inlineCode':
      out.push(n.value);
      return;
    case 'code':
      out.push('\n', n.value, '\n');
      return;
    case 'break':
      out.push('\n');
      return;
    case 'image':
      if (includeImageAlt && n.alt) out.push(n.alt);
      return;
    case 'html':
    case 'yaml':
    case 'definition':
    case 'thematicBreak':
    case 'imageReference':
      return;
    case 'tableCell':
      for (const child of n.children) visit(child, out, includeImageAlt);
      out.push(' | ');
      return;
  }
  if ('children' in n) {
    const block = BLOCK_TYPES.has(n.type);
    if (block) out.push('\n');
    for (const child of n.children as Nodes[]) visit(child, out, includeImageAlt);
    if (block) out.push('\n');
  }
}

/** Runs of whitespace to collapse: only present when there is a tab, a no-break space or two spaces. */
const NEEDS_COLLAPSE = /[\t\u00a0]| {2}/;
const WHITESPACE = /[ \t\u00a0]+/g;

const cleanLine = (raw: string): string =>
  (raw.endsWith(' | ') ? raw.replace(/(?<! \| )( \| )+$/, '') : raw).trim();

/**
 * Plain text of a node: hard breaks become "\n", blocks are separated by "\n", table cells by " | ".
 * Whitespace inside a line is collapsed; lines are trimmed. (Called for every item, cell and heading
 * of every profile, so the common one-line case skips the line splitting.)
 */
export function plainText(node: Nodes | readonly Nodes[], options: PlainTextOptions = {}): string {
  const includeImageAlt = options.includeImageAlt ?? true;
  if (Array.isArray(node)) return readText(node, includeImageAlt);
  // Extractors ask for the same node's text again and again (a third of all calls on real READMEs);
  // parsed trees are never changed afterwards (redaction copies), so each node keeps its text. On the
  // node, not in a WeakMap: thousands of WeakMap entries per document slowed every garbage collection
  // more than the cache saved. Non-enumerable, so copies ({ ...node }, JSON) never carry it.
  const key = includeImageAlt ? WITH_ALT : WITHOUT_ALT;
  const cached = (node as Cached)[key];
  if (cached !== undefined) return cached;
  const text = readText(node, includeImageAlt);
  Object.defineProperty(node, key, { value: text, enumerable: false });
  return text;
}

const WITH_ALT = Symbol('plainText');
const WITHOUT_ALT = Symbol('plainTextWithoutAlt');
type Cached = { [WITH_ALT]?: string; [WITHOUT_ALT]?: string };

function readText(node: Nodes | readonly Nodes[], includeImageAlt: boolean): string {
  const out: string[] = [];
  if (Array.isArray(node)) for (const n of node as Nodes[]) visit(n, out, includeImageAlt);
  else visit(node as Nodes, out, includeImageAlt);
  const joined = out.length === 1 ? out[0]! : out.join('');
  const text = NEEDS_COLLAPSE.test(joined) ? joined.replace(WHITESPACE, ' ') : joined;
  let end = text.indexOf('\n');
  if (end === -1) return cleanLine(text);
  // Line by line without split/join arrays: this runs for nearly every node of every profile.
  let kept = '';
  for (let start = 0; ; end = text.indexOf('\n', start)) {
    const line = cleanLine(end === -1 ? text.slice(start) : text.slice(start, end));
    if (line.length > 0) kept = kept.length > 0 ? `${kept}\n${line}` : line;
    if (end === -1) return kept;
    start = end + 1;
  }
}
