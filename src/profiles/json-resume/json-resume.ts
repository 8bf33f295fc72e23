// parseJsonResume: a jsonresume.org file → Profile (older and non-standard keys too). Spoken `languages`
// stay a section, never skills.
import { basename, extname } from 'node:path';
import { walkJsonBrackets } from '../../text/walk-json-brackets.js';
import { classifyContactText, classifyContactUrl, KIND_LABELS } from '../extract/classify-contact.js';
import { sampleAddress } from '../extract/reserved-host.js';
import { statedAliases } from '../extract/stated-aliases.js';
import type { ParseResult } from '../model/parse-result.js';
import type { Contact, ParseWarning, Profile, Section, SectionKind } from '../model/profile.js';
import { slugify } from '../model/slugify.js';
import { firstJsonObject } from './first-json-object.js';
import type { JsonResume } from './json-resume-schema.js';
import { resumeSkills } from './json-resume-skills.js';
import { isEmployerUrl, jobSections, resumeJobs } from './json-resume-work.js';
import { profilePageUrl } from './profile-page-url.js';
import { readResumeShape } from './read-resume-shape.js';

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

const NETWORK_KINDS: Record<string, Contact['kind']> = { twitter: 'x', x: 'x' };

/** "www.linkedin.com/in/jane" written without a scheme is still an address (resume builders drop it). */
const SCHEMELESS = /^(?:www\.)?[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}(?:[/?#]\S*)?$/i;
const withScheme = (url: string): string => {
  const trimmed = url.trim();
  return SCHEMELESS.test(trimmed) && !trimmed.includes('@') ? `https://${trimmed}` : trimmed;
};

function contacts(resume: JsonResume): Contact[] {
  const basics = resume.basics;
  const out: Contact[] = [];
  // A set, not a scan of `out` per profile: thousands of `profiles` entries made that quadratic (7 s).
  const seen = new Set<string>();
  const push = (guess: ReturnType<typeof classifyContactUrl>, label?: string) => {
    if (guess && !seen.has(`${guess.kind}\n${guess.value}`) && !sampleAddress(guess.value, [basics.name])) {
      seen.add(`${guess.kind}\n${guess.value}`);
      out.push({ ...guess, label: label || guess.label, visibility: 'public', line: null });
    }
  };
  if (basics.email) push(classifyContactText('email', basics.email));
  if (basics.phone) push(classifyContactText('phone', basics.phone));
  // `website` is the older schema's `url`; either may be the employer's site, which is not a contact.
  for (const url of [basics.url, basics.website])
    if (url && !isEmployerUrl(url, resume)) push(classifyContactUrl(withScheme(url)));
  for (const p of basics.profiles ?? []) {
    if (p.url) push(classifyContactUrl(profilePageUrl(withScheme(p.url), p.username, p.network)), p.network);
    else if (p.network && p.username) {
      const kind = NETWORK_KINDS[p.network.toLowerCase()] ?? p.network.toLowerCase();
      if (kind in KIND_LABELS) push({ kind: kind as Contact['kind'], value: p.username, label: p.network });
    }
  }
  return out;
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
  // basics.location ({ city, region, countryCode }): where they are, as a README says it in a line.
  const { city, region, countryCode } = resume.basics.location ?? {};
  const place = [city, region, countryCode].filter(Boolean).join(', ');
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
        resume.education.map((e) => [e.studyType, e.area, e.institution].filter(Boolean).join(', ')),
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

/** Academic and courtesy titles written before a name ("Ing.", "Dr.", "Mgr.", "Prof. Dr.", "Dipl.-Ing."). */
const NAME_TITLES =
  /^(?:(?:ing|dr|mgr|bc|prof|mudr|judr|phdr|rndr|mvdr|doc|dipl\.-ing|dipl\.-inf|eng|engr|mr|mrs|ms|mx)\.\s*|(?:dr|prof|ing)\s+)+/i;

/** The name without leading titles when a first and last name remain ("Ing. Ondrej Sevcik" → "Ondrej Sevcik"). */
function withoutTitles(name: string): string {
  const bare = name.replace(NAME_TITLES, '').trim();
  return bare !== name && /^\p{L}[\p{L}'’.-]*\s+\p{L}/u.test(bare) ? bare : name;
}

/**
 * Nesting a resume never needs (it is about 5 levels deep). JSON.parse with a reviver recurses per level:
 * deeper input overflowed the stack, rejected as "not valid JSON: Maximum call stack size exceeded", or
 * not, depending on how deep the stack already was (a worker's is another size).
 */
const MAX_DEPTH = 100;

export function parseJsonResume(text: string, file: string): ParseResult {
  let json: unknown;
  let trailing: ParseWarning | null = null;
  // Checked up to where the first value closes: text after it is cut off below, whatever it holds.
  let deep = false;
  const tooDeep = walkJsonBrackets(text, (depth) => {
    deep = depth > MAX_DEPTH;
    return deep || depth === 0;
  });
  if (deep)
    return reject(
      file,
      `JSON nested more than ${MAX_DEPTH} levels deep (a JSON Resume is a few levels deep)`,
      text.slice(0, tooDeep).split('\n').length,
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
    contacts: contacts(resume),
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
