// sectionNodes: the links, images and code blocks of a section's blocks, found in one walk. Skills read
// each kind several times (contact-looking link texts, repository items, badges, code bios): one walk
// per section replaces one per rule.
import type { Code, Link, Nodes, RootContent } from 'mdast';
import { type ImageRef, imageRef } from '../markdown/content-lines.js';

export interface SectionNodes {
  /** Every link, nested ones too, in document order. */
  links: Link[];
  /** The links that are not inside another link, in document order. */
  outerLinks: Link[];
  /** Every image with the link it is wrapped in (as collectImages gives them). */
  images: ImageRef[];
  /** Every code block, in document order. */
  codes: Code[];
}

function visit(node: Nodes, link: Link | null, out: SectionNodes): void {
  switch (node.type) {
    case 'link':
      out.links.push(node);
      if (link === null) out.outerLinks.push(node);
      for (const child of node.children) visit(child, node, out);
      return;
    case 'image':
      out.images.push(imageRef(node, link));
      return;
    case 'code':
      out.codes.push(node);
      return;
  }
  if ('children' in node) for (const child of node.children as Nodes[]) visit(child, link, out);
}

export function sectionNodes(blocks: readonly RootContent[]): SectionNodes {
  const out: SectionNodes = { links: [], outerLinks: [], images: [], codes: [] };
  for (const block of blocks) visit(block, null, out);
  return out;
}
