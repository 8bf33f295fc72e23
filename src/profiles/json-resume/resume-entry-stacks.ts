// resumeEntryStacks: the technology lists a JSON Resume's jobs and projects carry (a project's standard
// `keywords`; hand-made `techs`, `technologies`, `stack`, `tools`, `skills` on jobs too) name what the
// person built that entry with: their known technologies are the person's skills, filed under the entry,
// as a README's "Stack:" line is. Unknown words ("GreenIt analysis") stay out: a list key is no promise
// that every item is a technology.
import { isKnownSkill } from '../vocabulary/skill-aliases.js';
import type { JsonResume } from './json-resume-schema.js';
import { slashPair } from './slash-pair.js';

const MAX_ENTRIES = 50;
const MAX_ITEMS = 50;
const MAX_ITEM = 100;

// Key names folded to lower-case words ("techStack" → "tech stack", "tech_used" → "tech used").
const LIST_KEYS = new Set([
  'keywords',
  'tech',
  'techs',
  'technology',
  'technologies',
  'technologies used',
  'tech used',
  'stack',
  'tech stack',
  'technology stack',
  'tools',
  'skills',
]);

const foldKey = (key: string) =>
  key
    .slice(0, 40)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

/** The items of a list value: an array of strings, or one string of comma-separated names. */
function items(value: unknown): string[] {
  const raw = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.slice(0, 2000).split(/[,;]/)
      : [];
  return raw
    .slice(0, MAX_ITEMS)
    .filter((item): item is string => typeof item === 'string' && item.length <= MAX_ITEM)
    .map((item) => item.trim())
    .filter(Boolean);
}

export interface EntryStack {
  /** The job's employer or the project's name ("LeadTech"). */
  entry: string;
  /** Known technologies, as written ("NextJS", "C", "C++" from "C/C++"). */
  names: string[];
  evidence: string;
}

type Entry = Readonly<Record<string, unknown>>;

function entryName(entry: Entry, fallback: string): string {
  for (const key of ['name', 'company', 'organization', 'title']) {
    const value = entry[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 100);
  }
  return fallback;
}

function stackOf(entry: Entry, fallback: string): EntryStack | null {
  const names: string[] = [];
  const listed: string[] = [];
  for (const [key, value] of Object.entries(entry)) {
    if (!LIST_KEYS.has(foldKey(key))) continue;
    for (const item of items(value)) {
      listed.push(item);
      const pair = slashPair(item);
      if (pair) names.push(...pair);
      else if (isKnownSkill(item)) names.push(item);
    }
  }
  if (!names.length) return null;
  const name = entryName(entry, fallback);
  return { entry: name, names, evidence: `${name}: ${listed.join(', ')}`.slice(0, 300) };
}

/** Each job's and project's list of known technologies, in file order (jobs first). */
export function resumeEntryStacks(resume: JsonResume): EntryStack[] {
  const groups: [readonly unknown[] | undefined, string][] = [
    [resume.work, 'Work'],
    [resume.experience, 'Work'],
    [resume.moreJobs, 'Work'],
    [resume.projects, 'Projects'],
  ];
  const out: EntryStack[] = [];
  for (const [entries, fallback] of groups)
    for (const entry of (entries ?? []).slice(0, MAX_ENTRIES)) {
      if (!entry || typeof entry !== 'object') continue;
      const stack = stackOf(entry as Entry, fallback);
      if (stack) out.push(stack);
    }
  return out;
}
