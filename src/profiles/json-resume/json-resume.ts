// parseJsonResume: a jsonresume.org file → Profile (older and non-standard keys too). Spoken `languages`
// stay a section, never skills.
import { basename, extname } from 'node:path';
import { statedAliases } from '../extract/stated-aliases.js';
import type { ParseResult } from '../model/parse-result.js';
import type { ParseWarning, Profile } from '../model/profile.js';
import { slugify } from '../model/slugify.js';
import { firstJsonObject } from './first-json-object.js';
import { MAX_DEPTH, tooDeepLine } from './json-depth-line.js';
import { resumeContacts } from './json-resume-contacts.js';
import { resumeSections } from './json-resume-sections.js';
import { resumeSkills } from './json-resume-skills.js';
import { resumeJobs } from './json-resume-work.js';
import { withoutTitles } from './name-titles.js';
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
    sections: resumeSections(resume),
    warnings: trailing ? [trailing, ...read.warnings] : read.warnings,
  };
  return { ok: true, profile };
}
