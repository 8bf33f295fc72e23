// headingEntries: the sub-headings of a job section read as entries ("### Acme — Staff Engineer (2019–2023)"
// with its bullets as highlights), and the résumé shape that puts the employer on one heading and the roles
// held there on dated sub-headings below it ("### Stripe — Remote" / "#### Senior TPM (March 2025—Present)").
import { type ContentLine, contentLines } from '../markdown/content-lines.js';
import { classifySection } from '../markdown/section-kinds.js';
import type { DocSection } from '../markdown/source-document.js';
import type { Experience } from '../model/profile.js';
import { readPartLines } from './experience-part-lines.js';
import { parsePeriod } from './parse-period.js';

interface Parts {
  title: string | null;
  organization: string | null;
  period: string | null;
}

export interface HeadingReader {
  parts: (title: string) => Readonly<Parts>;
  isEntry: (title: string) => boolean;
  isRole: (text: string) => boolean;
  /** Reads a section below an entry heading the way a job section is read (its lines, its sub-headings). */
  section: (section: DocSection, out: Experience[], nested: boolean) => void;
}

/** The employer a company heading names: short and undated, over sub-headings of which some are dated. */
export function companyOf(section: DocSection, parts: HeadingReader['parts']): string | null {
  const title = section.title.trim();
  if (!title || title.length > 80 || parts(title).period !== null) return null;
  if (!section.children.some((child) => parts(child.title).period !== null)) return null;
  return parts(title).organization ?? title;
}

/**
 * An undated heading whose first line gives the dates: "## GMA Digital" / "**Senior Developer** | 2021 – 2024"
 * (the employer heads, the role is below) or "## Software Engineer" / "**Acme** | 2022 – Present" (the other
 * way round, told by the role words). Nothing when that line is undated or long (a highlight, not a byline).
 */
function datedFirstLine(
  heading: string,
  parts: Readonly<Parts>,
  line: string | undefined,
  isRole: (text: string) => boolean,
): Partial<Parts> {
  const dated = line && line.length <= 140 ? parsePeriod(line) : null;
  if (!dated) return {};
  // "### Engineer @ Stripe" over "*Jan 2020 – Present*": the heading said both; the line adds the dates.
  if (parts.title !== null && parts.organization !== null) return { period: dated.period };
  // "📅 **08/2021 – 02/2022**": an icon left beside the dates is no name.
  const rest = dated.rest.replace(/^[*_]{1,4}|[*_.]{1,4}$/g, '').trim() || null;
  if (rest !== null && !/[\p{L}\p{N}]/u.test(rest)) return { period: dated.period };
  const head = heading.trim();
  if (isRole(head) && rest && !isRole(rest)) return { title: head, organization: rest, period: dated.period };
  // "## Estagiário em Desenvolvimento" over "Out/2019 - Ago/2020": a role and its dates, no employer written.
  if (isRole(head) && !rest) return { title: head, organization: null, period: dated.period };
  return { title: rest, organization: head, period: dated.period };
}

/**
 * The byline below an undated heading, a part a line: "### Student Assistant" over "📅 08/2021 – 02/2022" and
 * "🏛️ IUS, Sarajevo" (the role heads, the employer is below), or "### BIKE24 — Working Student" over "📍 Germany"
 * and "📅 May 2025 – Today" (the heading said both; the byline adds the dates). Null when the lines are no byline.
 */
function bylineParts(
  heading: string,
  parts: Readonly<Parts>,
  own: readonly ContentLine[],
  isRole: (text: string) => boolean,
): Partial<Parts> | null {
  const lines = own
    .slice(0, 3)
    .filter((l, k) => l.type === 'line' && l.line !== null && l.line === own[0]!.line! + k);
  for (const size of [3, 2]) {
    if (lines.length < size) continue;
    const byline = readPartLines(
      lines.slice(0, size).map((l) => l.text),
      isRole,
    );
    if (!byline || byline.title !== null) continue;
    if (parts.title !== null && parts.organization !== null && byline.organization === null)
      return { period: byline.period };
    const head = heading.replace(/[*_`]/g, '').trim();
    // The heading names no employer and the byline does: the heading is the role, whatever its words.
    if (parts.organization === null && byline.organization !== null && !isRole(byline.organization))
      return { title: head, organization: byline.organization, period: byline.period };
  }
  return null;
}

/** A sub-heading of an experience section whose first line is dates with at most a short name beside them. */
function datedJob(section: DocSection, child: DocSection): boolean {
  if (section.kind !== 'experience') return false;
  const first = contentLines(child.blocks).find((l) => l.type === 'item' || l.type === 'line')?.text;
  const dated = first && first.length <= 140 ? parsePeriod(first) : null;
  return dated !== null && dated !== undefined && dated.rest.length <= 80;
}

/** The entries the sub-headings of `section` give; `company` is the employer its own heading names, if any. */
export function headingEntries(
  section: DocSection,
  out: Experience[],
  read: HeadingReader,
  company: string | null,
): void {
  for (const child of section.children) {
    const parts = read.parts(child.title);
    const role = company !== null && parts.period !== null;
    // A sub-heading is an entry when it inherits the kind or reads as one ("Cloud Technical Specialist at
    // Enfinity (2023-present)" classifies as skills by its words).
    // "## Desenvolvedor Mobile" / "**BKPi** | Abril 2021 - Junho 2022" under an experience heading: the dated
    // line below names the job as well as a heading that reads as one.
    if (child.kind !== 'experience' && !read.isEntry(child.title) && !role && !datedJob(section, child)) {
      if (company !== null) read.section(child, out, true);
      continue;
    }
    // "# 職務経歴" over "## 職歴" and its table, "## Experience" over "### Internships": a sub-section named by a
    // job-section word, neither a role nor an employer, is read as a job section of its own.
    if (
      classifySection(child.title) === 'experience' &&
      !read.isEntry(child.title) &&
      !read.isRole(child.title) &&
      !role
    ) {
      read.section(child, out, false);
      continue;
    }
    const own = contentLines(child.blocks).filter((l) => l.type === 'item' || l.type === 'line');
    // Under a company heading, a dated sub-heading is a role held there: the rest of it is the title.
    const held = role
      ? { title: parsePeriod(child.title)?.rest || parts.title, organization: company }
      : parts.period === null
        ? (bylineParts(child.title, parts, own, read.isRole) ??
          datedFirstLine(child.title, parts, own[0]?.text, read.isRole))
        : {};
    out.push({ text: child.title, ...parts, ...held, highlights: own.map((l) => l.text), line: child.line });
    const inner = companyOf(child, read.parts);
    if (inner !== null) headingEntries(child, out, read, inner);
    else for (const grandchild of child.children) read.section(grandchild, out, true);
  }
}
