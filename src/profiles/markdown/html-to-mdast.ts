// Block HTML inside markdown → mdast blocks (headings, paragraphs, lists, tables) via a real HTML parser.
// Comments, scripts and styles are dropped here, so text hidden in <!-- … --> never reaches an extractor.
import type { Element } from 'hast';
import type { Html, PhrasingContent, RootContent, TableRow } from 'mdast';
import { appendAll } from '../../text/append-all.js';
import { boldTitleRow } from './bold-title-row.js';
import {
  BLOCK,
  type HastNode,
  parseFragment,
  phrasing,
  type Shift,
  shifter,
  span,
  textOf,
  tidy,
  visible,
} from './hast-to-phrasing.js';
import { type HtmlBudget, htmlRoom } from './html-tag-cap.js';

const hasLink = (el: Element): boolean =>
  el.children.some((c) => c.type === 'element' && (c.tagName === 'a' || hasLink(c)));

/** Whether the table's first row is marked as titles: inside <thead>, or holding a <th>. */
function headerRowIn(el: Element): boolean {
  for (const child of el.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'thead') return true;
    if (child.tagName === 'tr') return child.children.some((c) => c.type === 'element' && c.tagName === 'th');
    if (child.tagName === 'tbody') return headerRowIn(child);
  }
  return false;
}

function rows(el: Element, shift: Shift): TableRow[] {
  const out: TableRow[] = [];
  for (const child of el.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') {
      const cells = child.children.filter(
        (c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'),
      );
      out.push({
        type: 'tableRow',
        position: shift(child.position),
        children: cells.map((cell) => ({
          type: 'tableCell',
          position: shift(cell.position),
          children: tidy(cell.children.flatMap((c) => phrasing(c, shift))),
        })),
      });
    } else appendAll(out, rows(child, shift));
  }
  return out;
}

/** The table's own cells in reading order (rows of <thead>/<tbody> included, nested tables not). */
function layoutCells(el: Element): Element[] {
  const out: Element[] = [];
  for (const child of el.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'td' || child.tagName === 'th') out.push(child);
    else if (child.tagName !== 'table') appendAll(out, layoutCells(child));
  }
  return out;
}

const LAYOUT_TAG = /^(?:h[1-6]|table)$/;
/** Some element below the node, outside nested tables' cells, is a heading or a table. */
function holdsLayout(node: Element, depth: number): boolean {
  return node.children.some(
    (c) => c.type === 'element' && (LAYOUT_TAG.test(c.tagName) || (depth < 8 && holdsLayout(c, depth + 1))),
  );
}
const isLayout = (table: Element): boolean => layoutCells(table).some((cell) => holdsLayout(cell, 0));

function block(el: Element, shift: Shift): RootContent[] {
  const position = shift(el.position);
  const tag = el.tagName;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const depth = Number(heading[1]) as 1 | 2 | 3 | 4 | 5 | 6;
    // An unclosed heading ("<h3>Frontend<br><div><img …>") holds the blocks written after it, which GitHub
    // shows below the title: the title is the text before the first block, the blocks follow it.
    const cut = el.children.findIndex((c) => c.type === 'element' && BLOCK.has(c.tagName));
    const title = cut > 0 ? tidy(el.children.slice(0, cut).flatMap((c) => phrasing(c, shift))) : [];
    if (cut > 0 && visible(title))
      return [{ type: 'heading', depth, children: title, position }, ...flow(el.children.slice(cut), shift)];
    return [
      { type: 'heading', depth, children: tidy(el.children.flatMap((c) => phrasing(c, shift))), position },
    ];
  }
  switch (tag) {
    case 'hr':
      return [{ type: 'thematicBreak', position }];
    case 'pre':
      // A <pre> that holds links is a laid-out list of them (contacts), not code: keep the links.
      if (hasLink(el))
        return [
          { type: 'paragraph', children: tidy(el.children.flatMap((c) => phrasing(c, shift))), position },
        ];
      return [{ type: 'code', lang: null, meta: null, value: textOf(el).replace(/\n$/, ''), position }];
    case 'ul':
    case 'ol': {
      const items = el.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
      return [
        {
          type: 'list',
          ordered: tag === 'ol',
          spread: false,
          start: tag === 'ol' ? 1 : null,
          position,
          children: items.map((li) => ({
            type: 'listItem',
            spread: false,
            checked: null,
            position: shift(li.position),
            children: flow(li.children, shift).filter((b) => b.type !== 'heading') as never,
          })),
        },
      ];
    }
    case 'table': {
      // A layout table (cells holding headings or tables of their own: "About" beside "Stack") is its cells'
      // blocks in reading order, so each <h3> starts a section as it would outside the table.
      if (isLayout(el)) return layoutCells(el).flatMap((cell) => flow(cell.children, shift));
      // An HTML table has a header row only when it says so (<th>, <thead>, a row of bold titles over
      // the columns); markdown's first row always is.
      const data = headerRowIn(el) || boldTitleRow(el) ? undefined : { headless: true };
      return [{ type: 'table', align: [], children: rows(el, shift), position, ...(data && { data }) }];
    }
    case 'blockquote':
      return [{ type: 'blockquote', children: flow(el.children, shift) as never, position }];
    default:
      return flow(el.children, shift);
  }
}

function flow(nodes: readonly HastNode[], shift: Shift): RootContent[] {
  const out: RootContent[] = [];
  let inline: PhrasingContent[] = [];
  const flush = () => {
    const children = tidy(inline);
    if (visible(children)) out.push({ type: 'paragraph', children, position: span(children) });
    inline = [];
  };
  for (const node of nodes) {
    if (node.type === 'element' && BLOCK.has(node.tagName)) {
      flush();
      appendAll(out, block(node, shift));
    } else appendAll(inline, phrasing(node, shift));
  }
  flush();
  return out;
}

/**
 * A block `html` node → mdast blocks (headings, paragraphs, lists, tables); comments and scripts vanish.
 * Only the tags the file's HTML budget has room for are read.
 */
export function htmlToBlocks(node: Html, budget: HtmlBudget): RootContent[] {
  const html = htmlRoom(node.value, budget);
  return html === '' ? [] : flow(parseFragment(html).children, shifter(node.position));
}
