// insertionMode and the table rules of parseSimpleHtml: the HTML parser's table modes for well-formed README
// tables (<table>, <thead>/<tbody>, <tr>, <td>/<th>, whitespace and comments between them), and the ends of
// tables that markdown splits into several HTML blocks ("<table><tr><td>", "</td><td>", "</td></tr></table>").
// Anything whose HTML reading moves nodes (foster parenting, implied cells) is refused and left to parse5.
import type { Element, Root } from 'hast';

/**
 * Where a fragment's root stands: `template` before any start tag (a fragment is parsed as template
 * content), `row`/`section` after a fragment opened with <td>/<tr> there, `body` after any other start tag.
 */
export type RootMode = 'template' | 'body' | 'row' | 'section';
export type Mode = RootMode | 'table' | 'cell';
type Stack = readonly (Root | Element)[];

const SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
/** Tags that only mean something inside a table; outside the modes below they are refused. */
export const TABLE_TAGS = new Set([
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'col',
  'colgroup',
]);
/** Elements whose end tag is implied by a cell's end tag (as by every block's end tag). */
const IMPLIED_END = new Set(['p', 'li']);

/** The HTML insertion mode, found from the open elements as "reset the insertion mode" does. */
export function insertionMode(stack: Stack, rootMode: RootMode): Mode {
  for (let k = stack.length - 1; k > 0; k--) {
    const name = (stack[k] as Element).tagName;
    if (name === 'td' || name === 'th') return 'cell';
    if (name === 'tr') return 'row';
    if (SECTIONS.has(name)) return 'section';
    if (name === 'table') return 'table';
  }
  return rootMode;
}

/** Whether a run of text may stand here: between table parts only whitespace does (the rest is fostered). */
export function textFits(mode: Mode, raw: string): boolean {
  if (mode !== 'table' && mode !== 'section' && mode !== 'row') return true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c) return false;
  }
  return true;
}

/**
 * A start tag under the table rules: `insert` it, insert an implied <tbody> first, read it as usual
 * (`body`), or null to refuse. `row`/`section` also set the root's mode (a fragment opening with a cell).
 */
export function tableStartTag(
  mode: Mode,
  tag: string,
): 'insert' | 'implied-tbody' | 'body' | 'row' | 'section' | null {
  switch (mode) {
    case 'table':
      return SECTIONS.has(tag) ? 'insert' : tag === 'tr' ? 'implied-tbody' : null;
    case 'section':
      return tag === 'tr' ? 'insert' : null;
    case 'row':
      return tag === 'td' || tag === 'th' ? 'insert' : null;
    case 'template':
      if (tag === 'td' || tag === 'th') return 'row';
      if (tag === 'tr') return 'section';
      return tag === 'table' || !TABLE_TAGS.has(tag) ? 'body' : null;
    default:
      return tag === 'table' || !TABLE_TAGS.has(tag) ? 'body' : null;
  }
}

/**
 * An end tag under the table rules: `ignore`d, `done` (elements popped), `body` (read as usual), or null
 * to refuse. Pops only what HTML pops with no error beyond the implied ends of <p> and <li>.
 */
export function tableEndTag(
  stack: (Root | Element)[],
  mode: Mode,
  tag: string,
): 'ignore' | 'done' | 'body' | null {
  // Template content ignores every end tag; in body, table parts that are not open are ignored too.
  if (mode === 'template') return 'ignore';
  if (mode === 'body' || mode === 'cell') {
    if (!TABLE_TAGS.has(tag)) return 'body';
    if (mode === 'body') return 'ignore';
    if (tag !== 'td' && tag !== 'th') return null;
    for (let k = stack.length - 1; k > 0; k--) {
      const name = (stack[k] as Element).tagName;
      if (name === tag) {
        stack.length = k;
        return 'done';
      }
      if (!IMPLIED_END.has(name)) return null;
    }
    return null;
  }
  if (!TABLE_TAGS.has(tag)) return null;
  // A root in row or section mode has no table part open: their end tags are ignored.
  if (stack.length === 1) return 'ignore';
  for (let k = stack.length - 1; k > 0; k--) {
    const name = (stack[k] as Element).tagName;
    if (name === tag) {
      stack.length = k;
      return 'done';
    }
    if (name !== 'tr' && !SECTIONS.has(name)) return null;
  }
  return null;
}
