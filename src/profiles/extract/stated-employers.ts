// statedEmployers: employers stated in sentences and headings anywhere in a README ("Engineer at Acme",
// "worked for companies like A and B", a pipe-separated bio line), one entry per employer not already listed.
import { collectLinks, contentLines } from '../markdown/content-lines.js';
import type { DocSection } from '../markdown/source-document.js';
import type { Experience } from '../model/profile.js';
import { employerOpening } from './employer-opening.js';
import { employmentTypeLine } from './employment-type-line.js';
import { formerEmployerList } from './former-employer-list.js';
import { internshipEmployers } from './internship-employers.js';
import { JOB_ROLE } from './job-role.js';
import { BIO_SEPARATOR, listedEmployers } from './listed-employers.js';
import { OWN_COMPANY_HINT, ownCompany } from './own-company.js';
import { jobsInHintedLine, mayStateJob } from './prose-experience.js';
import { isRolesSection, roleThenOrg, teamMembership } from './team-membership.js';

/** Job statements are in the top of a README; the rest (post lists, tables) costs time and finds noise. */
const MAX_PROSE_LINES = 300;

interface Reading {
  out: Experience[];
  /** Lower-cased employers found so far: a name inside another ("Acme" in "Acme Corp") is the same one. */
  orgs: string[];
  handle: string | null;
  /** The document's text and where each of its lines starts, found only when a bio line may be there. */
  text: string;
  anyBio: boolean;
  starts: number[] | null;
  /** The line read before this one: a "Previously at:" label may stand on its own line. */
  previous: string | null;
}

/** The section's link texts by line, gathered only when a line may state a job (most don't). */
interface SectionLinks {
  section: DocSection;
  byLine: Map<number | null, string[]> | null;
}

export function statedEmployers(
  text: string,
  sections: readonly DocSection[],
  handle: string | null,
  out: Experience[],
): void {
  const orgs: string[] = [];
  for (const e of out) if (e.organization != null) orgs.push(e.organization.toLowerCase());
  const reading: Reading = {
    out,
    orgs,
    handle,
    text,
    anyBio: BIO_SEPARATOR.test(text),
    starts: null,
    previous: null,
  };
  let lines = 0;
  for (const section of sections) {
    const links: SectionLinks = { section, byLine: null };
    if (section.level > 0) {
      // A heading ends any "Previously at:" label above it: it is never one of the label's names.
      reading.previous = null;
      read(reading, section.title, section.line, null);
      const heading = section.heading && OWN_COMPANY_HINT.test(section.title) ? [section.heading] : [];
      const texts = collectLinks(heading).map((l) => l.text.trim());
      for (const job of ownCompany(section.title, texts, section.line)) add(reading, job);
    }
    for (const line of contentLines(section.blocks)) {
      if (++lines > MAX_PROSE_LINES) return;
      if (line.type !== 'row') read(reading, line.text, line.line, links, line.type === 'item');
    }
  }
}

function read(
  reading: Reading,
  text: string,
  line: number | null,
  links: SectionLinks | null,
  item = false,
): void {
  for (const job of listedEmployers(text, line, rawLine(reading, line))) add(reading, job);
  const former = formerEmployerList(text, reading.previous, line);
  for (const job of former) add(reading, job);
  for (const job of employerOpening(text, line)) add(reading, job);
  for (const job of teamMembership(text, line)) add(reading, job);
  for (const job of internshipEmployers(text, line)) add(reading, job);
  for (const job of employmentTypeLine(text, line, (t) => JOB_ROLE.test(t))) add(reading, job);
  if (links && isRolesSection(links.section)) {
    links.byLine ??= linksByLine(links.section);
    const context = { links: links.byLine.get(line) ?? [], handle: reading.handle };
    for (const job of roleThenOrg(text, context, line)) add(reading, job);
  }
  // "Currently working at:" over a list, or over lines that each end in a separator ("Acme |"): the label
  // stays the line above for each name.
  const continued = item || /[|·•,]\s*$/.test(text);
  const labelled = continued && former.length > 0 && former[0]!.text !== text.trim();
  if (!labelled) reading.previous = text;
  if (links && OWN_COMPANY_HINT.test(text)) {
    links.byLine ??= linksByLine(links.section);
    for (const job of ownCompany(text, links.byLine.get(line) ?? [], line)) add(reading, job);
  }
  if (!mayStateJob(text)) return;
  let texts: readonly string[] = [];
  if (links) {
    links.byLine ??= linksByLine(links.section);
    texts = links.byLine.get(line) ?? [];
  }
  for (const job of jobsInHintedLine(text, { links: texts, handle: reading.handle }, line)) add(reading, job);
}

function add(reading: Reading, job: Experience): void {
  if (!job.organization) return;
  const key = job.organization.toLowerCase();
  for (const other of reading.orgs) if (other.includes(key) || key.includes(other)) return;
  // An experience section's line read without an employer ("Summer internship with Veldt (2023)") gets the
  // one the sentence states, instead of a second entry of the same line.
  const bare = reading.out.findIndex(
    (e) => e.line === job.line && e.organization === null && e.text === job.text,
  );
  if (bare >= 0) {
    const entry = reading.out[bare]!;
    reading.out[bare] = { ...entry, title: entry.title ?? job.title, organization: job.organization };
  } else reading.out.push(job);
  reading.orgs.push(key);
}

/** The raw markdown of a line (bold and links intact) when it is pipe-separated, for the bio-line reader. */
function rawLine(reading: Reading, line: number | null): string | null {
  if (line === null || !reading.anyBio) return null;
  const { text } = reading;
  reading.starts ??= lineStarts(text);
  const starts = reading.starts;
  const start = starts[line - 1];
  if (start === undefined) return null;
  const end = line < starts.length ? starts[line]! - 1 : text.length;
  const raw = text.slice(start, end);
  return raw && BIO_SEPARATOR.test(raw) ? raw : null;
}

/** Offsets where each line of the text starts (no copies of the lines). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function linksByLine(section: DocSection): Map<number | null, string[]> {
  const byLine = new Map<number | null, string[]>();
  for (const link of collectLinks(section.blocks)) {
    const texts = byLine.get(link.line);
    if (texts) texts.push(link.text.trim());
    else byLine.set(link.line, [link.text.trim()]);
  }
  return byLine;
}
