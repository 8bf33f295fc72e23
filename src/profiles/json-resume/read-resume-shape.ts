// readResumeShape: a hand-edited JSON Resume that strays from the schema in one section keeps the person.
// A single object where a list is expected is a one-item list; a string where a list of strings is
// expected is a one-item list; a section (or list item) still of the wrong shape is left out with a
// warning naming it and why. Only an unusable `basics` (no name) rejects the file.
import type { ParseWarning } from '../model/profile.js';
import { isObject, type Json } from './json-object.js';
import { type JsonResume, JsonResumeSchema } from './json-resume-schema.js';
import { moreJobs } from './resume-more-jobs.js';
import { groupShape, namedSkillGroups } from './resume-skill-groups.js';

/** Sections the schema reads as lists of objects. */
const OBJECT_LISTS = [
  'work',
  'experience',
  'skills',
  'projects',
  'education',
  'certificates',
  'languages',
  'interests',
];
/** Of those, the ones whose items may be plain strings ("skills": ["Go"]), so one string is one item. */
const STRING_ITEMS = new Set(['skills', 'certificates', 'languages', 'interests']);
/** Item fields that are lists of strings. No comma split: no other JSON Resume rule splits text. */
const STRING_LISTS = ['keywords', 'highlights', 'activities', 'courses'];
/** Item fields that are text: a list of strings there is that text written in parts (`"summary": ["…", "…"]`). */
const TEXT_FIELDS = [
  'name',
  'company',
  'position',
  'title',
  'summary',
  'description',
  'institution',
  'area',
  'studyType',
];
/** Date fields: a year written as a number (`"startDate": 2019`) is that year. */
const DATE_FIELDS = ['startDate', 'endDate', 'from', 'to', 'date'];

/** `value` as a list when it is one item written without its brackets; otherwise unchanged. */
function asList(value: unknown, stringItems: boolean): unknown {
  if (isObject(value) || (stringItems && typeof value === 'string')) return [value];
  return value;
}

/** A copy of the resume with each loose shape read as the list it stands for. */
function withListShapes(json: Json): Json {
  const out: Json = { ...json, skills: namedSkillGroups(json.skills) };
  if (json.skills === undefined) delete out.skills;
  if (isObject(json.basics) && json.basics.profiles !== undefined)
    out.basics = { ...json.basics, profiles: asList(json.basics.profiles, false) };
  for (const key of OBJECT_LISTS) {
    const list = asList(out[key], STRING_ITEMS.has(key));
    if (!Array.isArray(list)) continue;
    out[key] = list.map((item) => {
      if (!isObject(item)) return item;
      const fixed: Json = { ...item };
      for (const field of STRING_LISTS)
        if (typeof item[field] === 'string') fixed[field] = [(item[field] as string).trim()].filter(Boolean);
      for (const field of TEXT_FIELDS) {
        const parts = item[field];
        if (Array.isArray(parts) && parts.length > 0 && parts.every((p) => typeof p === 'string'))
          fixed[field] = parts.join(field === 'summary' || field === 'description' ? '\n' : ', ');
      }
      for (const field of DATE_FIELDS)
        if (typeof item[field] === 'number' && Number.isFinite(item[field]))
          fixed[field] = String(item[field]);
      if (key === 'skills') groupShape(item, fixed);
      return fixed;
    });
  }
  const jobs = moreJobs(json, KNOWN_KEYS);
  if (jobs.length > 0) out.moreJobs = jobs;
  return out;
}

/** Keys JSON Resume gives a meaning of its own: a list under one of them is never read as jobs. */
const KNOWN_KEYS = new Set([
  ...OBJECT_LISTS,
  'basics',
  'moreJobs',
  'volunteer',
  'awards',
  'publications',
  'references',
  'meta',
  'certifications',
  'sections',
]);

type Issue = { path: readonly PropertyKey[]; message: string };

/**
 * Leaves out what each issue points into: a field of a list item that holds a value of the wrong shape
 * (`work.0.summary`: the job stays), else the list item (`work.2`, `basics.profiles.0`), else the whole
 * section or basics field. Returns false when an issue is in `basics` itself or its name: no person then.
 */
function leaveOut(json: Json, issues: readonly Issue[], warnings: ParseWarning[]): boolean {
  const items = new Map<string, { owner: Json; key: string; list: unknown[]; drop: Set<number> }>();
  const fields = new Map<string, { owner: Json; key: string }>();
  const itemFields: { list: unknown[]; index: number; field: string }[] = [];
  for (const { path, message } of issues) {
    const [section, second, third] = path;
    if (typeof section !== 'string') return false;
    const inBasics = section === 'basics';
    if (inBasics && (second === undefined || second === 'name')) return false;
    const owner = inBasics ? (json.basics as Json) : json;
    const key = String(inBasics ? second : section);
    const index = inBasics ? third : second;
    const where = inBasics ? `basics.${key}` : key;
    const rest = path.slice(inBasics ? 3 : 2).join('.');
    const field = path[inBasics ? 3 : 2];
    const list = owner[key];
    const item = typeof index === 'number' && Array.isArray(list) ? list[index] : undefined;
    // A present field of the wrong shape ("summary": {...}) costs that field: the job, school or group stays.
    if (typeof field === 'string' && isObject(item) && item[field] !== undefined && Array.isArray(list)) {
      warnings.push({
        code: 'dropped-invalid-item',
        message: `left out ${where} item ${(index as number) + 1} ${rest} (${message})`,
        line: null,
      });
      itemFields.push({ list, index: index as number, field });
    } else if (typeof index === 'number' && Array.isArray(list) && !fields.has(where)) {
      const entry = items.get(where) ?? { owner, key, list, drop: new Set<number>() };
      if (!entry.drop.has(index))
        warnings.push({
          code: 'dropped-invalid-item',
          message: `left out ${where} item ${index + 1} (${rest ? `${rest}: ` : ''}${message})`,
          line: null,
        });
      entry.drop.add(index);
      items.set(where, entry);
    } else if (!fields.has(where)) {
      fields.set(where, { owner, key });
      warnings.push({
        code: 'dropped-invalid-section',
        message: `left out ${where} (${message})`,
        line: null,
      });
    }
  }
  for (const { list, index, field } of itemFields) {
    const { [field]: _left, ...kept } = list[index] as Json;
    list[index] = kept;
  }
  for (const [where, { owner, key, list, drop }] of items)
    if (!fields.has(where)) owner[key] = list.filter((_, i) => !drop.has(i));
  for (const { owner, key } of fields.values()) delete owner[key];
  return true;
}

export type ResumeReading =
  | { ok: true; resume: JsonResume; warnings: ParseWarning[] }
  | { ok: false; reason: string };

/** The resume read as leniently as its shapes allow; never throws. */
export function readResumeShape(json: Json): ResumeReading {
  const shaped = withListShapes(json);
  if (isObject(shaped.basics)) shaped.basics = { ...shaped.basics };
  const warnings: ParseWarning[] = [];
  let parsed = JsonResumeSchema.safeParse(shaped);
  // Three rounds: every issue is reported by the first parse; a field left out may leave its item without a
  // field it needs (a certificate's name), which the second leaves out; the last confirms the leftovers parse.
  for (let round = 0; round < 3 && !parsed.success; round++) {
    if (!leaveOut(shaped, parsed.error.issues, warnings)) break;
    parsed = JsonResumeSchema.safeParse(shaped);
  }
  if (parsed.success) return { ok: true, resume: parsed.data, warnings };
  const paths = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
  return { ok: false, reason: `not a valid JSON Resume: ${paths.join('; ')}` };
}
