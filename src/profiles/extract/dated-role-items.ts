// addDatedRoleItems: a list whose bullets are mostly dated roles ("**Staff Engineer, Lumen Pay** (2023–now):
// payment routing") is a job list under any heading ("## Work"); each bullet gives the role, employer and
// period written before its description, which is left out of the employer.
import { contentLines } from '../markdown/content-lines.js';
import type { DocSection } from '../markdown/source-document.js';
import type { Experience } from '../model/profile.js';
import { parsePeriod } from './parse-period.js';

interface Parts {
  title: string | null;
  organization: string | null;
}

/** Sections that are never job lists, whatever their bullets look like. */
const NOT_JOBS = new Set(['experience', 'projects', 'education', 'certifications', 'contact']);

/** Adds the entries of such lists outside the sections already read as experience (no line twice). */
export function addDatedRoleItems(
  sections: readonly DocSection[],
  out: Experience[],
  parse: (text: string) => Parts,
  isRole: (title: string) => boolean,
): void {
  const seen = new Set(out.map((e) => e.line));
  for (const section of sections) {
    if (NOT_JOBS.has(section.kind)) continue;
    for (const entry of datedRoleItems(section, parse, isRole)) if (!seen.has(entry.line)) out.push(entry);
  }
}

function datedRoleItems(
  section: DocSection,
  parse: (text: string) => Parts,
  isRole: (title: string) => boolean,
): Experience[] {
  const items = contentLines(section.blocks).filter((l) => l.type === 'item' && l.depth === 0);
  if (items.length < 2) return [];
  const entries = items.flatMap((item): Experience[] => {
    const dated = parsePeriod(item.text);
    if (!dated?.before) return [];
    const { title, organization } = parse(dated.before);
    if (!title || !organization || !isRole(title)) return [];
    return [{ text: item.text, title, organization, period: dated.period, highlights: [], line: item.line }];
  });
  // Most bullets must be roles: a project list with one dated line is no job list.
  return entries.length * 2 > items.length ? entries : [];
}
