// contentLines, collectImages, collectLinks: the line-level views of mdast blocks that extractors read.
import type { Image, Link, List, Nodes, RootContent } from 'mdast';
import { headerIsData } from './header-is-data.js';
import { plainText } from './plain-text.js';

export interface ContentLine {
  /** Plain text of one list item (without its nested items) or one line of a paragraph. */
  text: string;
  line: number | null;
  /** 'item' for list items (depth 0 = top level), 'line' for paragraph lines, 'row' for table rows. */
  type: 'item' | 'line' | 'row';
  depth: number;
  /** Table rows only: the cells, and the header cells of their table. */
  cells?: string[];
  header?: string[];
}

export interface ImageRef {
  alt: string;
  src: string;
  /** The image's title attribute (`<img title>`, `![alt](src "title")`), else null. */
  title: string | null;
  /** The link the image is wrapped in (icon links, badges), else null. */
  href: string | null;
  line: number | null;
}

export interface LinkRef {
  text: string;
  url: string;
  /** True when the link wraps an image (an icon link or a badge). */
  hasImage: boolean;
  line: number | null;
}

const lineOf = (node: Nodes): number | null => node.position?.start.line ?? null;

function listLines(list: List, depth: number, out: ContentLine[]): void {
  for (const item of list.children) {
    // The item itself when it holds no list: same text, and plainText keeps it for the next reader.
    const own = item.children.some((c) => c.type === 'list')
      ? item.children.filter((c) => c.type !== 'list')
      : item;
    const text = plainText(own, { includeImageAlt: false }).replace(/\n/g, ' ');
    if (text) out.push({ text, line: lineOf(item), type: 'item', depth });
    for (const child of item.children) if (child.type === 'list') listLines(child, depth + 1, out);
  }
}

// Several extractors read the same section: its lines are derived once per blocks array (sections are
// immutable) and kept on the array, non-enumerable (a WeakMap made every garbage collection slower).
const LINES = Symbol('contentLines');

/** Every readable line of the blocks, in order: list items, paragraph lines, table rows. */
export function contentLines(blocks: readonly RootContent[]): ContentLine[] {
  const cached = (blocks as { [LINES]?: ContentLine[] })[LINES];
  if (cached) return cached;
  const lines = readLines(blocks);
  Object.defineProperty(blocks, LINES, { value: lines, enumerable: false });
  return lines;
}

function readLines(blocks: readonly RootContent[]): ContentLine[] {
  const out: ContentLine[] = [];
  for (const block of blocks) {
    if (block.type === 'list') listLines(block, 0, out);
    else if (block.type === 'table') {
      const rows = block.children.map((row) =>
        row.children.map((cell) => plainText(cell, { includeImageAlt: false })),
      );
      // A first row that lists things is data, not titles (an HTML <table> of <td> rows has no header).
      const headless = (block.data as { headless?: boolean } | undefined)?.headless === true;
      const first = headless || headerIsData(rows[0] ?? []) ? 0 : 1;
      const header = first === 0 ? [] : (rows[0] ?? []);
      block.children.slice(first).forEach((row, i) => {
        const cells = rows[i + first] ?? [];
        out.push({ text: cells.join(' | '), line: lineOf(row), type: 'row', depth: 0, cells, header });
      });
    } else if (block.type === 'paragraph' || block.type === 'blockquote' || block.type === 'heading') {
      const start = lineOf(block);
      plainText(block, { includeImageAlt: false })
        .split('\n')
        .forEach((text, i) => {
          if (text) out.push({ text, line: start === null ? null : start + i, type: 'line', depth: 0 });
        });
    }
  }
  return out;
}

function walk(node: Nodes, visit: (node: Nodes, link: Nodes | null) => void, link: Nodes | null): void {
  visit(node, link);
  const inside = node.type === 'link' ? node : link;
  if ('children' in node) for (const child of node.children as Nodes[]) walk(child, visit, inside);
}

/** An image as the extractors read it, with the link it is wrapped in (null when none). */
export function imageRef(image: Image, link: Link | null): ImageRef {
  return {
    alt: image.alt ?? '',
    src: image.url,
    title: image.title ?? null,
    href: link?.url ?? null,
    line: lineOf(image),
  };
}

export function collectImages(blocks: readonly RootContent[]): ImageRef[] {
  const out: ImageRef[] = [];
  for (const block of blocks) {
    walk(
      block,
      (node, link) => {
        if (node.type === 'image') out.push(imageRef(node, link?.type === 'link' ? link : null));
      },
      null,
    );
  }
  return out;
}

export function collectLinks(blocks: readonly RootContent[]): LinkRef[] {
  const out: LinkRef[] = [];
  for (const block of blocks) {
    walk(
      block,
      (node) => {
        if (node.type !== 'link') return;
        let hasImage = false;
        walk(
          node,
          (inner) => {
            if (inner.type === 'image') hasImage = true;
          },
          null,
        );
        out.push({
          text: plainText(node, { includeImageAlt: true }),
          url: node.url,
          hasImage,
          line: lineOf(node),
        });
      },
      null,
    );
  }
  return out;
}
