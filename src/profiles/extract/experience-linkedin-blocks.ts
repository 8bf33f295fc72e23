// LinkedIn-style entries pasted into an experience section: a title line, then "Company · Full-time", then
// "Jan 2021 - Present · 3 yrs". The employment type names the line before the dot as the employer.
import type { ContentLine } from '../markdown/content-lines.js';
import type { Experience } from '../model/profile.js';
import { EMPLOYMENT_TYPES } from './employment-type-line.js';
import { parsePeriod } from './parse-period.js';

// "Company · Full-time" alone on its line (the one-line "Title · Company · Full-time" is employment-type-line.ts).
const EMPLOYMENT_TYPE = new RegExp(`^([^·•\\n]{2,80}?)\\s[·•]\\s(?:${EMPLOYMENT_TYPES})$`, 'i');

export interface LinkedInBlocks {
  entries: Experience[];
  /** The lines the entries were read from, not to be read again as entries of their own. */
  used: Set<number>;
}

/** Entries of the "Title / Company · Type / dates" blocks among a section's lines. */
export function linkedInBlocks(
  lines: readonly ContentLine[],
  isRole: (text: string) => boolean,
): LinkedInBlocks {
  const entries: Experience[] = [];
  const used = new Set<number>();
  lines.forEach((line, i) => {
    if (line.type !== 'line' || line.line === null) return;
    const m = EMPLOYMENT_TYPE.exec(line.text.trim());
    if (!m) return;
    const before = lines[i - 1];
    const after = lines[i + 1];
    const title =
      before?.type === 'line' && before.text.length <= 80 && isRole(before.text) ? before.text.trim() : null;
    const dated = after?.type === 'line' && after.text.length <= 80 ? parsePeriod(after.text) : null;
    entries.push({
      text: line.text,
      title,
      organization: m[1]!.trim(),
      period: dated?.period ?? null,
      highlights: [],
      line: line.line,
    });
    used.add(line.line);
    // A line without a number is never marked: the mark would hide every other such line.
    if (title && before!.line !== null) used.add(before!.line);
    if (dated && after!.line !== null) used.add(after!.line);
  });
  return { entries, used };
}
