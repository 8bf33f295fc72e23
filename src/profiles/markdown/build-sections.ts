// buildSections: the DocSection tree → the Profile's flat `sections` (own text, list items, links, parentId).
import type { List, Nodes, RootContent } from 'mdast';
import type { Link, Section } from '../model/profile.js';
import { plainText } from './plain-text.js';
import type { DocSection, SourceDocument } from './source-document.js';

/** List items as plain text, nested items flattened after their parent, in order. */
function listItems(list: List, out: string[]): void {
  for (const item of list.children) {
    const own = item.children.filter((c) => c.type !== 'list');
    const text = plainText(own);
    if (text) out.push(text);
    for (const child of item.children) if (child.type === 'list') listItems(child, out);
  }
}

function collectLinks(node: Nodes, out: Link[]): void {
  if (node.type === 'link') {
    const text = plainText(node);
    // An empty link (`[![]()]()`, `<a href="">`) points nowhere: it is no link, not a broken profile.
    if (node.url.trim()) out.push({ text, url: node.url.trim() });
  }
  if ('children' in node) for (const child of node.children) collectLinks(child, out);
}

function content(blocks: readonly RootContent[]): Pick<Section, 'text' | 'items' | 'links'> {
  const paragraphs: string[] = [];
  const items: string[] = [];
  const links: Link[] = [];
  for (const block of blocks) {
    collectLinks(block, links);
    if (block.type === 'list') listItems(block, items);
    else {
      const text = plainText(block);
      if (text) paragraphs.push(text);
    }
  }
  return { text: paragraphs.join('\n\n'), items, links };
}

function toSection(section: DocSection, parentId: string | null): Section {
  return {
    id: section.id,
    title: section.title,
    rawTitle: section.rawTitle,
    kind: section.kind,
    level: section.level,
    parentId,
    ...content(section.blocks),
    line: section.line,
  };
}

/** Every heading becomes a section; the preamble (level 0) only when it holds something. */
export function buildSections(doc: SourceDocument): Section[] {
  const out: Section[] = [];
  const preamble = toSection(doc.root, null);
  if (preamble.text || preamble.items.length > 0 || preamble.links.length > 0) out.push(preamble);
  const visit = (section: DocSection, parentId: string | null): void => {
    out.push(toSection(section, parentId));
    for (const child of section.children) visit(child, section.id);
  };
  for (const child of doc.root.children) visit(child, null);
  return out;
}
