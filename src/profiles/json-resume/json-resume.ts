// parseJsonResume: a jsonresume.org file → Profile (older and non-standard keys too). Spoken `languages`
// stay a section, never skills.
import { basename, extname } from 'node:path';
import { statedAliases } from '../extract/stated-aliases.js';
import type { ParseResult } from '../model/parse-result.js';
import type { ParseWarning, Profile, Section, SectionKind } from '../model/profile.js';
import { slugify } from '../model/slugify.js';
import { firstJsonObject } from './first-json-object.js';
import { MAX_DEPTH, tooDeepLine } from './json-depth-line.js';
import { resumeContacts } from './json-resume-contacts.js';
import type { JsonResume } from './json-resume-schema.js';
import { resumeSkills } from './json-resume-skills.js';
import { jobSections, resumeJobs } from './json-resume-work.js';
import { withoutTitles } from './name-titles.js';
import { readResumeShape } from './read-resume-shape.js';
import { resumePlace } from './resume-place.js';

function reject(file: string, reason: string, line: number | null = null): ParseResult {
  return { ok: false, rejected: { file, reason, line } };
}

/** Line of a JSON.parse error position ("… at position 42"), for the rejection. */
function lineOfPosition(text: string, message: string): number | null {
  const position = /position (\d+)/.exec(message);
  return position ? text.slice(0, Number(position[1])).split('\n').length : null;
}

/**
 * JSON.parse reviver: `null` is an absent field (LinkedIn-to-JSON-Resume exports write `"summary": null`),
 * so one empty field never rejects the whole file. Null list items leave holes, which `filter` drops.
 */
function withoutNulls(_key: string, value: unknown): unknown {
  if (value === null) return undefined;
  return Array.isArray(value) ? value.filter(() => true) : value;
}

function sections(resume: JsonResume): Section[] {
  const make = (title: string, kind: SectionKind, text: string, items: string[]): Section => ({
    id: slugify(title),
    title,
    rawTitle: title,
    kind,
    level: 2,
    parentId: null,
    text,
    items,
    links: [],
    line: 1,
  });
  const out: Section[] = [];
  if (resume.basics.summary) out.push(make('Summary', 'about', resume.basics.summary, []));
  // basics.location: where they are, as a README says it in a line.
  const place = resumePlace(resume.basics.location);
  if (place) out.push(make('Location', 'about', `Based in ${place}`, []));
  const work = resumeJobs(resume);
  if (work.length) {
    const items = work.map((w) => [w.text, w.period].filter(Boolean).join(', '));
    const section = make('Work', 'experience', '', items);
    out.push(section, ...jobSections(work, section));
  }
  if (resume.skills?.length)
    out.push(
      make(
        'Skills',
        'skills',
        '',
        resume.skills.map((s) => [s.name, s.keywords?.join(', ')].filter(Boolean).join(': ')),
      ),
    );
  if (resume.projects?.length)
    out.push(
      make(
        'Projects',
        'projects',
        '',
        resume.projects.map((p) => [p.name, p.description].filter(Boolean).join(': ')),
      ),
    );
  if (resume.education?.length)
    out.push(
      make(
        'Education',
        'education',
        '',
        resume.education.map((e) =>
          [e.studyType, e.area, e.institution, studyYears(e.startDate, e.endDate)].filter(Boolean).join(', '),
        ),
      ),
    );
  // Publications and awards are what a reader asks about by name ("/search firecracker", "phil's awards").
  const line = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ');
  if (resume.publications?.length)
    out.push(
      make(
        'Publications',
        'other',
        '',
        resume.publications.map((p) => line(p.name, p.publisher, p.releaseDate, p.summary)),
      ),
    );
  // Volunteering is not a job: its own section, so "where has X worked" never counts it.
  if (resume.volunteer?.length)
    out.push(
      make(
        'Volunteer work',
        'other',
        '',
        resume.volunteer.map((v) =>
          line(
            v.position && v.organization
              ? `${v.position} at ${v.organization}`
              : (v.organization ?? v.position),
            v.startDate && `${v.startDate} – ${v.endDate || 'present'}`,
            v.summary,
          ),
        ),
      ),
    );
  if (resume.awards?.length)
    out.push(
      make(
        'Awards',
        'other',
        '',
        resume.awards.map((a) => line(a.title, a.awarder, a.date, a.summary)),
      ),
    );
  if (resume.certificates?.length)
    out.push(
      make(
        'Certificates',
        'certifications',
        '',
        resume.certificates.map((c) => c.name),
      ),
    );
  // "Spoken", so a skill group named "Languages" (Python, SQL) is never taken for it.
  if (resume.languages?.length)
    out.push(
      make(
        'Spoken languages',
        'other',
        '',
        resume.languages.map((l) => [l.language, l.fluency].filter(Boolean).join(': ')),
      ),
    );
  if (resume.interests?.length)
    out.push(
      make(
        'Interests',
        'interests',
        '',
        resume.interests.map((i) => [i.name, i.keywords?.join(', ')].filter(Boolean).join(': ')),
      ),
    );
  return out;
}

export function parseJsonResume(text: string, file: string): ParseResult {
  let json: unknown;
  let trailing: ParseWarning | null = null;
  const deepAt = tooDeepLine(text);
  if (deepAt !== null)
    return reject(
      file,
      `JSON nested more than ${MAX_DEPTH} levels deep (a JSON Resume is a few levels deep)`,
      deepAt,
    );
  try {
    json = JSON.parse(text, withoutNulls);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const first = firstJsonObject(text, withoutNulls);
    if (!first) return reject(file, `not valid JSON: ${message}`, lineOfPosition(text, message));
    json = first.json;
    trailing = {
      code: 'text-after-json',
      message: `ignored the text after the JSON object (from line ${first.restLine})`,
      line: first.restLine,
    };
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json) || !('basics' in json)) {
    return reject(file, 'not a JSON Resume: expected an object with "basics" (see jsonresume.org/schema)');
  }
  // One section of the wrong shape costs that section (with a warning), not the person.
  const read = readResumeShape(json as Record<string, unknown>);
  if (!read.ok) return reject(file, read.reason);
  const resume = read.resume;
  const stated = resume.basics.name.trim();
  const name = withoutTitles(stated);
  const profile: Profile = {
    id: slugify(basename(file, extname(file))) || 'profile',
    file,
    format: 'json-resume',
    name,
    nameSource: 'json-resume',
    handle: null,
    aliases: [
      ...new Set([
        ...(name === stated ? [] : [stated]),
        ...statedAliases(resume.basics.summary ?? '', [], null),
      ]),
    ],
    pronouns: null,
    // Some hand-made resumes call the label `title` ("title": "Software Engineer").
    headline: resume.basics.label?.trim() || resume.basics.title?.trim() || null,
    listed: true,
    skills: resumeSkills(resume),
    contacts: resumeContacts(resume),
    experience: resumeJobs(resume),
    certifications: (resume.certificates ?? []).map((c) => ({
      name: c.name,
      issuer: c.issuer ?? null,
      url: c.url ?? null,
      line: null,
    })),
    sections: sections(resume),
    warnings: trailing ? [trailing, ...read.warnings] : read.warnings,
  };
  return { ok: true, profile };
}

/** "2009 – 2013" from JSON Resume dates ("2009-06-01"), so "when did X graduate" reads the year. */
function studyYears(start: string | undefined, end: string | undefined): string | undefined {
  const year = (date: string | undefined) =>
    date?.match(/\b(?:19|20)\d\d\b/)?.[0] ?? date?.trim().slice(0, 20);
  const from = year(start);
  const to = year(end);
  if (from && to) return from === to ? to : `${from} – ${to}`;
  return to ?? (from && `from ${from}`);
}
