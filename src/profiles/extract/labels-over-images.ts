// labelsOverImages: the lines of words that stand right above a row of badges or icons and name its group
// ("**Data · APIs · Cloud · Tools**" over FastAPI, Pandas and AWS badges), by line number.
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { plainText } from '../markdown/plain-text.js';

interface LineShape {
  line: number;
  images: boolean;
  words: boolean;
}

const LETTER = /\p{L}/u;

/** Whether the node is an image, or a link or emphasis holding only images (a linked badge). */
function onlyImages(node: Nodes): boolean {
  if (node.type === 'image') return true;
  if (node.type === 'break') return false;
  if (!('children' in node) || node.children.length === 0) return false;
  return node.children.some((c) => c.type === 'image') && plainText(node, { includeImageAlt: false }) === '';
}

/** Each line of a paragraph: whether it holds images and whether it holds words of its own. */
function paragraphLines(children: readonly PhrasingContent[]): LineShape[] {
  const out: LineShape[] = [];
  for (const child of children) {
    const line = child.position?.start.line;
    if (line === undefined) continue;
    let shape = out.at(-1);
    if (shape?.line !== line) {
      shape = { line, images: false, words: false };
      out.push(shape);
    }
    if (onlyImages(child)) shape.images = true;
    else if (LETTER.test(plainText(child, { includeImageAlt: false }))) shape.words = true;
  }
  return out;
}

/**
 * Lines of words without images whose next line (in the same paragraph or the paragraph right after) is
 * images only: a group label over that row. Its words name the group, not technologies of the author's.
 */
export function labelsOverImages(blocks: readonly RootContent[]): Set<number> {
  const out = new Set<number>();
  let previous: LineShape | null = null;
  for (const block of blocks) {
    if (block.type !== 'paragraph') {
      previous = null;
      continue;
    }
    for (const shape of paragraphLines(block.children)) {
      if (previous?.words && !previous.images && shape.images && !shape.words) out.add(previous.line);
      previous = shape;
    }
  }
  return out;
}
