// boldTitleRow: whether an HTML table's first row is column titles written in bold <td> cells
// ("<tr><td><b>Frontend</b></td><td><b>Backend</b></td></tr>" above rows of icons), which a reader takes
// as headings of the columns below, not as things listed.
import type { Element, ElementContent } from 'hast';
import { textOf } from './hast-to-phrasing.js';

const BOLD = new Set(['b', 'strong']);
const MAX_TITLE = 60;

const cellsOf = (row: Element): Element[] =>
  row.children.filter(
    (c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
  );

/** Visible content is only bold text (whitespace and <br> aside), and it is short. */
function boldOnly(nodes: readonly ElementContent[]): boolean {
  let bold = false;
  for (const node of nodes) {
    if (node.type === 'text') {
      if (node.value.trim()) return false;
    } else if (node.type === 'element') {
      if (BOLD.has(node.tagName)) {
        if (node.children.some((c) => c.type === 'element' && !BOLD.has(c.tagName) && c.tagName !== 'br'))
          return false;
        bold ||= textOf(node).trim() !== '';
      } else if (node.tagName !== 'br') return false;
    }
  }
  return bold;
}

const titleCell = (cell: Element): boolean =>
  boldOnly(cell.children) && textOf(cell).trim().length <= MAX_TITLE;

/** The table's rows (inside <tbody> or not), nested tables' rows left out. */
function rowsOf(el: Element, out: Element[] = []): Element[] {
  for (const child of el.children)
    if (child.type === 'element') {
      if (child.tagName === 'tr') out.push(child);
      else if (child.tagName === 'tbody' || child.tagName === 'thead') rowsOf(child, out);
    }
  return out;
}

/**
 * Every cell of the first row is a short bold title, and some later row is not made of such titles
 * (a table of bold skill names row after row is a list, not titles over columns).
 */
export function boldTitleRow(table: Element): boolean {
  const [first, ...rest] = rowsOf(table);
  if (!first || rest.length === 0) return false;
  const cells = cellsOf(first);
  if (cells.length === 0 || !cells.every(titleCell)) return false;
  return rest.some((row) => !cellsOf(row).every(titleCell));
}
