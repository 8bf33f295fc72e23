// headingEntries: the sub-headings of a job section read as entries ("### Acme — Staff Engineer (2019–2023)"
// with its bullets as highlights), and the résumé shape that puts the employer on one heading and the roles
// held there on dated sub-headings below it ("### Stripe — Remote" / "#### Senior TPM (March 2025—Present)").
import { contentLines } from '../markdown/content-lines.js';
import type { DocSection } from '../markdown/source-document.js';
import type { Experience } from '../model/profile.js';
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
  const rest = dated.rest.replace(/^[*_]{1,4}|[*_.]{1,4}$/g, '').trim() || null;
  const head = heading.trim();
  if (isRole(head) && rest && !isRole(rest)) return { title: head, organization: rest, period: dated.period };
  // "## Estagiário em Desenvolvimento" over "Out/2019 - Ago/2020": a role and its dates, no employer written.
  if (isRole(head) && !rest) return { title: head, organization: null, period: dated.period };
  return { title: rest, organization: head, period: dated.period };
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
    const own = contentLines(child.blocks).filter((l) => l.type === 'item' || l.type === 'line');
    // Under a company heading, a dated sub-heading is a role held there: the rest of it is the title.
    const held = role
      ? { title: parsePeriod(child.title)?.rest || parts.title, organization: company }
      : parts.period === null
        ? datedFirstLine(child.title, parts, own[0]?.text, read.isRole)
        : {};
    out.push({ text: child.title, ...parts, ...held, highlights: own.map((l) => l.text), line: child.line });
    const inner = companyOf(child, read.parts);
    if (inner !== null) headingEntries(child, out, read, inner);
    else for (const grandchild of child.children) read.section(grandchild, out, true);
  }
}
