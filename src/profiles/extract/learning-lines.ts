// learningLines: the lines of a section that speak of learning or interest, whose technologies are not
// listed skills (extractSkills in extract-skills.ts leaves them out).
import { contentLines } from '../markdown/content-lines.js';
import type { DocSection } from '../markdown/source-document.js';
import { learningColumnLines } from './learning-columns.js';
import { isLearning, isLearningLabel, mayBeLearning } from './skill-learning.js';

const LABELLED_SPAN = 40;

/**
 * Lines (not table rows) that speak of learning or interest, by line number, and the lines of the block
 * right after a label-only learning line ("**Exploring**" over a row of icons).
 */
export function learningLines(blocks: DocSection['blocks']): Set<number> {
  const out = new Set<number>();
  let labelled = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const lines = contentLines([block]);
    // The block's lines up to the next block (an HTML block's end line can fall short of its last image).
    const from = block.position?.start.line;
    const to = blocks[i + 1]?.position?.start.line ?? (from ?? 0) + LABELLED_SPAN;
    if (labelled && from !== undefined) for (let line = from; line < to; line++) out.add(line);
    if (block.type === 'table') learningColumnLines(block, out);
    for (const l of lines)
      if (l.type !== 'row' && l.line !== null && mayBeLearning(l.text) && isLearning(l.text)) out.add(l.line);
    labelled = lines.length === 1 && isLearningLabel(lines[0]!.text);
  }
  return out;
}
