// learningColumnLines: the source lines of a table's cells that stand under a learning column title
// ("Expert | Improve | Learn", "| Proficient | Learning |"): what they hold the author does not claim yet.
import type { Table } from 'mdast';
import { plainText } from '../markdown/plain-text.js';
import { isLearningLabel } from './skill-learning.js';

const MAX_LINES = 400;
// Short column titles a learning label does not cover: "Learn", "Next", "Aprender".
const LEARN_TITLE = /^[^\p{L}]{0,6}(?:learn|next|aprender|apprendre|lernen)[^\p{L}]{0,6}$/iu;

/** Whether a column title says its cells are being learned ("Learn", "Currently learning", "Next up"). */
export const learningTitle = (text: string): boolean => isLearningLabel(text) || LEARN_TITLE.test(text);

/** Adds to `out` every line spanned by a body cell under a learning column of a titled table. */
export function learningColumnLines(table: Table, out: Set<number>): void {
  if ((table.data as { headless?: boolean } | undefined)?.headless) return;
  const [header, ...body] = table.children;
  if (!header || body.length === 0) return;
  const columns = new Set<number>();
  header.children.forEach((cell, i) => {
    if (learningTitle(plainText(cell, { includeImageAlt: false }).trim())) columns.add(i);
  });
  if (columns.size === 0 || columns.size === header.children.length) return;
  for (const row of body) {
    // Lines are what the skill reader skips by: a line shared with another column's cell (a markdown row
    // is one line) is left to it.
    const shared = new Set<number>();
    row.children.forEach((cell, i) => {
      if (!columns.has(i)) for (const line of span(cell)) shared.add(line);
    });
    for (const i of columns) for (const line of span(row.children[i])) if (!shared.has(line)) out.add(line);
  }
}

function span(cell: Table['children'][number]['children'][number] | undefined): number[] {
  const from = cell?.position?.start.line;
  const to = cell?.position?.end.line;
  if (from === undefined || to === undefined) return [];
  const lines: number[] = [];
  for (let line = from; line <= Math.min(to, from + MAX_LINES); line++) lines.push(line);
  return lines;
}
