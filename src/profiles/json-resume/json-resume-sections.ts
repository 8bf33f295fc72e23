// resumeSections: the sections a JSON Resume gives (summary, location, work with one section per job,
// skills, projects, education with its years, publications, volunteering, awards, certificates, spoken
// languages, interests).
import type { Section, SectionKind } from '../model/profile.js';
import { slugify } from '../model/slugify.js';
import type { JsonResume } from './json-resume-schema.js';
import { jobSections, resumeJobs } from './json-resume-work.js';
import { resumePlace } from './resume-place.js';

/** The sections of a JSON Resume: summary, place, work, education, projects, … as a README would have them. */
export function resumeSections(resume: JsonResume): Section[] {
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

/** "2009 – 2013" from JSON Resume dates ("2009-06-01"), so "when did X graduate" reads the year. */
function studyYears(start: string | undefined, end: string | undefined): string | undefined {
  const year = (date: string | undefined) =>
    date?.match(/\b(?:19|20)\d\d\b/)?.[0] ?? date?.trim().slice(0, 20);
  const from = year(start);
  const to = year(end);
  if (from && to) return from === to ? to : `${from} – ${to}`;
  return to ?? (from && `from ${from}`);
}
