// copyValidProfile: ProfileSchema.parse + compactProfile in one pass, for a profile that is valid as built
// (nearly every one): checks each field against the schema's rules while copying it, and gives null on
// anything it does not accept, so the caller falls back to zod (which names the problem and lets
// salvageProfile keep the rest). Equal to the zod + JSON path, proved by test/unit/profiles/copy-valid-profile.test.ts.
import type { Profile } from './profile.js';
import { CONTACT_KINDS, NAME_SOURCES, PROFILE_ID, SECTION_KINDS, SKILL_SOURCES } from './profile-literals.js';
import { INVALID, record, Slots, type Target, text } from './slots.js';

const CONTACT_KIND = new Set<string>(CONTACT_KINDS);
const SECTION_KIND = new Set<string>(SECTION_KINDS);
const NAME_SOURCE = new Set<string>(NAME_SOURCES);
const SKILL_SOURCE = new Set<string>(SKILL_SOURCES);
const FORMAT = new Set(['markdown', 'json-resume']);
const VISIBILITY = new Set(['public', 'private']);

function nullableText(value: unknown, min: number): string | null {
  return value === null ? null : text(value, min);
}

function oneOf(value: unknown, allowed: ReadonlySet<string>): string {
  if (typeof value !== 'string' || !allowed.has(value)) throw INVALID;
  return value;
}

/** A 1-based line or null (the schema's `Line`); unsafe integers are refused as zod refuses them. */
function line(value: unknown, nullable = true): number | null {
  if (value === null && nullable) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw INVALID;
  return value;
}

/** 0–6; -0 goes to zod (which accepts it, and JSON then writes 0). */
function level(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 6 || Object.is(value, -0))
    throw INVALID;
  return value;
}

const SKILL = { name: true, category: true, evidence: true, source: true };
const CONTACT = { kind: true, value: false, label: true, visibility: true };
const EXPERIENCE = { text: true, title: true, organization: true, period: true };
const CERTIFICATION = { name: true, issuer: true, url: false };
const SECTION = { id: true, title: true, rawTitle: true, kind: true, parentId: true, text: true };
const LINK = { text: true, url: false };
const WARNING = { code: true, message: true };
const PROFILE = {
  id: false,
  file: false,
  format: true,
  name: true,
  nameSource: true,
  handle: false,
  pronouns: true,
  headline: true,
};

function copyProfile(p: Target, s: Slots): Profile {
  if (p.nameSource === undefined) throw INVALID; // both parsers set it; the rare other shape goes to zod
  const id = text(p.id, 1);
  if (!PROFILE_ID.test(id)) throw INVALID;
  if (typeof p.listed !== 'boolean') throw INVALID;
  const out = {
    id,
    file: text(p.file, 1),
    format: oneOf(p.format, FORMAT),
    name: text(p.name, 1),
    nameSource: oneOf(p.nameSource, NAME_SOURCE),
    handle: nullableText(p.handle, 1),
    aliases: s.texts(p.aliases, 1, true),
    pronouns: nullableText(p.pronouns, 1),
    headline: nullableText(p.headline, 1),
    listed: p.listed,
    skills: s.items(
      p.skills,
      (k) => ({
        name: text(k.name, 1),
        category: nullableText(k.category, 1),
        evidence: text(k.evidence, 0),
        source: oneOf(k.source, SKILL_SOURCE),
        line: line(k.line),
      }),
      SKILL,
    ),
    contacts: s.items(
      p.contacts,
      (c) => ({
        kind: oneOf(c.kind, CONTACT_KIND),
        value: text(c.value, 1),
        label: text(c.label, 1),
        visibility: oneOf(c.visibility, VISIBILITY),
        line: line(c.line),
      }),
      CONTACT,
    ),
    experience: s.items(
      p.experience,
      (e) => ({
        text: text(e.text, 1),
        title: nullableText(e.title, 1),
        organization: nullableText(e.organization, 1),
        period: nullableText(e.period, 1),
        highlights: s.texts(e.highlights, 0, true),
        line: line(e.line),
      }),
      EXPERIENCE,
    ),
    certifications: s.items(
      p.certifications,
      (c) => ({
        name: text(c.name, 1),
        issuer: nullableText(c.issuer, 1),
        url: nullableText(c.url, 1),
        line: line(c.line),
      }),
      CERTIFICATION,
    ),
    sections: s.items(
      p.sections,
      (x) => ({
        id: text(x.id, 1),
        title: text(x.title, 0),
        rawTitle: text(x.rawTitle, 0),
        kind: oneOf(x.kind, SECTION_KIND),
        level: level(x.level),
        parentId: nullableText(x.parentId, 0),
        text: text(x.text, 0),
        items: s.texts(x.items, 0, true),
        links: s.items(x.links, (l) => ({ text: text(l.text, 0), url: text(l.url, 1) }), LINK),
        line: line(x.line, false),
      }),
      SECTION,
    ),
    warnings: s.items(
      p.warnings,
      (w) => ({ code: text(w.code, 1), message: text(w.message, 1), line: line(w.line) }),
      WARNING,
    ),
  };
  for (const key in PROFILE) s.keep(out, key, PROFILE[key as keyof typeof PROFILE]);
  return out as Profile;
}

/**
 * The compacted copy of `candidate` when it satisfies ProfileSchema as it is, else null (ask zod why).
 * `fresh: false` keeps the candidate's own strings (fresh from JSON.parse, as a parse cache's are): a
 * check and a copy of the objects, at a third of the cost.
 */
export function copyValidProfile(candidate: unknown, options: { fresh?: boolean } = {}): Profile | null {
  const slots = new Slots(options.fresh !== false);
  let copy: Profile;
  try {
    copy = copyProfile(record(candidate), slots);
  } catch (error) {
    if (error === INVALID) return null;
    throw error;
  }
  slots.fill();
  return copy;
}
