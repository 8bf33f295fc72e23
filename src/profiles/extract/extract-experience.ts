// extractExperience: entries from experience sections (entry headings, bullets, tables) as written, and the
// employers sentences elsewhere state ("Engineer at Acme", stated-employers.ts). Never invents.
import { contentLines } from '../markdown/content-lines.js';
import type { DocSection, SourceDocument } from '../markdown/source-document.js';
import { memoize } from '../model/memoize.js';
import type { Experience, ParseWarning } from '../model/profile.js';
import { codeBioJobs } from './code-bio-jobs.js';
import { addDatedRoleItems } from './dated-role-items.js';
import { employerImages } from './employer-images.js';
import { loneName, roleLine } from './entry-role-line.js';
import { companyOf, type HeadingReader, headingEntries } from './experience-entry-headings.js';
import { linkedInBlocks } from './experience-linkedin-blocks.js';
import { fromLine, itemWithImages, nestedItems } from './experience-list-items.js';
import { partLineBlocks } from './experience-part-lines.js';
import { joinEntryHeads } from './experience-split-entries.js';
import { fromTableRow, fromUnlabelledRow, isJobRow, jobTables } from './experience-table-rows.js';
import { fieldEntry } from './field-entry.js';
import { labelledDates } from './labelled-dates.js';
import { type Parts, parseEntryText, ROLE_WORDS } from './parse-entry-text.js';
import { parsePeriod } from './parse-period.js';
import { statedEmployers } from './stated-employers.js';
import { addTimelineJobs } from './timeline-jobs.js';

/** Two entries, not a head and its dates: a head with a role over a line naming a role and an employer itself. */
function apart(head: string, dated: string): boolean {
  const parts = parseEntryText(dated);
  // "Nov 2025 – Mar 2026 · Remote, India" under "Blockchain Engineer Intern — Shamgar": a place, no role.
  return (
    ROLE_WORDS.test(head) &&
    parts.organization !== null &&
    parts.title !== null &&
    ROLE_WORDS.test(parts.title)
  );
}

// Headings are read as entries more than once (job list? entry? its parts): their parts, remembered boundedly.
const entryParts: (title: string) => Readonly<Parts> = memoize(parseEntryText, 2000);

function isEntryTitle(title: string): boolean {
  const parts = entryParts(title);
  return parts.organization !== null && (parts.period !== null || ROLE_WORDS.test(parts.title ?? ''));
}

const NOT_JOBS = new Set(['projects', 'education', 'certifications', 'contact']);

/** A section of another kind ("## 🏢 Work") whose sub-headings are mostly dated roles is a job list. */
function isJobList(section: DocSection): boolean {
  if (NOT_JOBS.has(section.kind) || section.children.length === 0) return false;
  const roles = section.children.filter((child) => {
    const parts = entryParts(child.title);
    return parts.organization !== null && parts.period !== null && ROLE_WORDS.test(parts.title ?? '');
  });
  return roles.length * 2 > section.children.length;
}

function sectionEntries(section: DocSection, out: Experience[], nested = false): void {
  // Below an entry heading, a heading that names only the employer over dated role sub-headings.
  const company = nested ? companyOf(section, entryParts) : null;
  if (company !== null)
    out.push({
      text: section.title,
      title: null,
      organization: company,
      period: null,
      highlights: [],
      line: section.line,
    });
  const highlights = nestedItems(section.blocks);
  const lines = contentLines(section.blocks);
  const pasted = linkedInBlocks(lines, (text) => ROLE_WORDS.test(text));
  // "07/2024 – Present" / "Data Engineer" / "DATEV eG · Nürnberg": one job, a part a line.
  const parted = partLineBlocks(lines, isRoleText, (n) => pasted.used.has(n));
  pasted.entries.push(...parted.entries);
  for (const n of parted.used) pasted.used.add(n);
  // A head line ("**Careem**") joins the dated line below it: one entry, not an undated name and bare dates.
  const { headed, heads } = joinEntryHeads(lines, (n) => pasted.used.has(n), apart);
  // The entry a dated line opened: the plain bullets below it are its highlights, not entries of their own.
  let opened: Experience | null = null;
  // The employer a dated line names alone, and whether the line read now is the first below it (its role).
  let name: string | null = null;
  let next = false;
  const below = (text: string): boolean => {
    const first = next;
    next = false;
    if (!opened) return false;
    const role = first ? roleLine(text, isRoleText) : null;
    if (role !== null && opened.title === null && name !== null) {
      opened.title = role;
      opened.organization = name;
      // "Должность: FullStack Developer, удаленно, команда из 2 человек": the rest says more about the job.
      if (text.length > role.length + 20) opened.highlights.push(text);
      return true;
    }
    // "EPS - Easy Payment System" over "JR ANDROID DEVELOPER": the head's second field was the name's.
    if (role !== null && opened.title && opened.organization && !ROLE_WORDS.test(opened.title)) {
      opened.organization = `${opened.organization} — ${opened.title}`;
      opened.title = role;
      return true;
    }
    if (!opened.title || !opened.organization) return false;
    // "• SaaS | Dealership Business Solution": the bullet a paragraph line was written with is no part of it.
    opened.highlights.push(text.replace(/^[•·▪◦]\s*/u, ''));
    return true;
  };
  lines.forEach((line, i) => {
    if (heads.has(i)) return;
    const joined = headed.get(i);
    if (joined !== undefined) line = { ...line, text: joined };
    const block = pasted.entries.find((e) => e.line === line.line);
    if (block) out.push(block);
    if (line.line !== null && pasted.used.has(line.line)) return;
    if (line.type === 'row') {
      // A table whose header names no column (an HTML résumé's rows): each cell read by what it holds.
      const row = isJobRow(line) ? fromTableRow(line) : fromUnlabelledRow(line, isRoleText, datesOnly);
      if (row) out.push(row);
    } else if (line.type === 'item' && line.depth === 0) {
      // "👩‍💻 Working at: ![Appwrite](badge)": a label whose value is a badge, read with the badge's name.
      const badged = line.text.trimEnd().endsWith(':') ? itemWithImages(section.blocks, line.line) : null;
      const entry = fromLine(badged ? { ...line, text: badged } : line);
      if (!entry.period && below(entry.text)) return;
      opened = null;
      const nested = highlights.get(line.line) ?? [];
      out.push({ ...entry, period: entry.period ?? labelledDates(nested), highlights: nested });
    } else if (
      line.type === 'line' &&
      /^\S/.test(line.text) &&
      ((line.text.length <= 140 && parsePeriod(line.text)) || fieldEntry(line.text))
    ) {
      const entry = fromLine(line);
      name = entry.title || entry.organization ? null : loneName(line.text, isRoleText);
      opened = (entry.title && entry.organization) || name !== null ? entry : null;
      next = true;
      out.push(entry);
    } else if (line.type === 'line' && opened !== null) {
      // Only the lines of the entry's own block (the next source line): a paragraph below it stays prose.
      const previous = lines[i - 1]?.line ?? null;
      const adjacent = line.line !== null && previous !== null && line.line === previous + 1;
      if (adjacent) below(line.text);
      else next = false;
    }
  });
  headingEntries(section, out, READER, company);
}

const isRoleText = (text: string): boolean => ROLE_WORDS.test(text);

/** The period of a text that holds nothing but dates. */
function datesOnly(text: string): string | null {
  const dated = parsePeriod(text);
  return dated && !dated.before && !dated.after ? dated.period : null;
}

const READER: HeadingReader = {
  parts: entryParts,
  isEntry: isEntryTitle,
  isRole: (text) => ROLE_WORDS.test(text),
  section: sectionEntries,
};

export function extractExperience(
  doc: SourceDocument,
  handle: string | null = null,
): {
  experience: Experience[];
  warnings: ParseWarning[];
} {
  const experience: Experience[] = [];
  const topLevel: DocSection[] = [];
  const sections: DocSection[] = [];
  // Every section in order; the outermost job sections (no job section above them) are read as entries.
  const visit = (section: DocSection, underJobs: boolean): void => {
    sections.push(section);
    const top = !underJobs && (section.kind === 'experience' || isJobList(section));
    if (top) topLevel.push(section);
    for (const child of section.children) visit(child, underJobs || top || section.kind === 'experience');
  };
  visit(doc.root, false);
  for (const section of topLevel) {
    const before = experience.length;
    sectionEntries(section, experience);
    // "## Work Experience" holding only company logos or job cards.
    if (experience.length === before) experience.push(...employerImages(section));
  }
  if (topLevel.length === 0) jobTables(sections, NOT_JOBS, experience);
  addDatedRoleItems(sections, experience, parseEntryText, (title) => ROLE_WORDS.test(title));
  addTimelineJobs(sections, experience, parseEntryText, (t) => ROLE_WORDS.test(t));
  statedEmployers(doc.text, sections, handle, experience);
  experience.push(...codeBioJobs(doc.text, experience));
  return { experience: experience.filter((e) => e.text.trim().length > 0), warnings: [] };
}
