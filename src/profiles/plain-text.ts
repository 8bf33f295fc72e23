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

/**
 * Plain text of a node: hard breaks become "\n", blocks are separated by "\n", table cells by " | ".
 * Whitespace inside a line is collapsed; lines are trimmed.
 */
export function plainText(node: Nodes | readonly Nodes[], options: PlainTextOptions = {}): string {
  const includeImageAlt = options.includeImageAlt ?? true;
  const out: string[] = [];
  const visit = (n: Nodes): void => {
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
        for (const child of n.children) visit(child);
        out.push(' | ');
        return;
    }
    if ('children' in n) {
      const block = BLOCK_TYPES.has(n.type);
      if (block) out.push('\n');
      for (const child of n.children as Nodes[]) visit(child);
      if (block) out.push('\n');
    }
  };
  if (Array.isArray(node)) for (const n of node as Nodes[]) visit(n);
  else visit(node as Nodes);
  // Whitespace collapsed once over the whole text, not per line; the table-cell tail only where present.
  const lines = out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n');
  const kept: string[] = [];
  for (const raw of lines) {
    const line = (raw.endsWith(' | ') ? raw.replace(/( \| )+$/, '') : raw).trim();
    if (line.length > 0) kept.push(line);
  }
  return kept.join('\n');
}
