// sectionLineNames: what one line of a skills section claims: nothing for a learning or credit line or a
// bare period.
import type { ContentLine } from '../markdown/content-lines.js';
import { parsePeriod } from './parse-period.js';
import { isCreditLine } from './skill-claims.js';
import { isLearning } from './skill-learning.js';
import { type LineNames, skillLineNames, skillRowNames } from './skill-section-lines.js';

/** "**June 2023 - Present**": a line that is only a period (a job's dates under a "… Tech Inc." heading). */
function onlyPeriod(text: string): boolean {
  const dated = /\d{4}/.test(text) ? parsePeriod(text) : null;
  return dated !== null && !/\p{L}{2}/u.test(dated.before) && !/\p{L}{2}/u.test(dated.after);
}

/** The label and names a line of a skills section claims, or null when it claims none. */
export function sectionLineNames(line: ContentLine): LineNames | null {
  if (line.type === 'row') return skillRowNames(line);
  if (isLearning(line.text) || isCreditLine(line.text) || onlyPeriod(line.text)) return null;
  return skillLineNames(line);
}
