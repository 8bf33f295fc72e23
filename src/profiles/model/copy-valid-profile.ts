// copyValidProfile: ProfileSchema.parse + compactProfile in one pass, for a profile that is valid as built
// (nearly every one): checks each field against the schema's rules while copying it, and gives null on
// anything it does not accept, so the caller falls back to zod (which names the problem and lets
// salvageProfile keep the rest). Equal to the zod + JSON path, proved by test/unit/profiles/copy-valid-profile.test.ts.
import { common, EMPTY, poolInstance } from './compact-profile.js';
import {
  CONTACT_KINDS,
  NAME_SOURCES,
  PROFILE_ID,
  type Profile,
  SECTION_KINDS,
  SKILL_SOURCES,
} from './profile.js';

/** Thrown (one shared instance, never seen outside) when a field breaks the schema. */
const INVALID = new Error('not valid');

const CONTACT_KIND = new Set<string>(CONTACT_KINDS);
const SECTION_KIND = new Set<string>(SECTION_KINDS);
const NAME_SOURCE = new Set<string>(NAME_SOURCES);
const SKILL_SOURCE = new Set<string>(SKILL_SOURCES);
const FORMAT = new Set(['markdown', 'json-resume']);
const VISIBILITY = new Set(['public', 'private']);

type Target = Record<string | number, unknown>;

/**
 * Every string slot of the copy (object and key), filled in after the walk: strings are copied fresh
 * (parsing leaves slices of the whole document that would keep it alive) and shared, as compactProfile does.
 */
class Slots {
  readonly targets: Target[] = [];
  readonly keys: (string | number)[] = [];
  /** True: the string may be shared between profiles (compactProfile's commonOrMine); false: only within one. */
  readonly pooled: boolean[] = [];

  text(target: Target, key: string | number, value: unknown, min: number, pooled: boolean): void {
    if (typeof value !== 'string' || value.length < min) throw INVALID;
    target[key] = value;
    this.targets.push(target);
    this.keys.push(key);
    this.pooled.push(pooled);
  }

  nullableText(target: Target, key: string, value: unknown, min: number, pooled: boolean): void {
    if (value === null) target[key] = null;
    else this.text(target, key, value, min, pooled);
  }

  oneOf(target: Target, key: string, value: unknown, allowed: ReadonlySet<string>): void {
    if (typeof value !== 'string' || !allowed.has(value)) throw INVALID;
    this.text(target, key, value, 0, true);
  }

  texts(value: unknown, min: number, pooled: boolean): string[] {
    const from = list(value);
    if (from.length === 0) return EMPTY;
    const out: string[] = [];
    for (let i = 0; i < from.length; i++) {
      out.push('');
      this.text(out as unknown as Target, i, from[i], min, pooled);
    }
    return out;
  }

  /** Puts a fresh, shared instance of each string in its slot: one JSON round trip for all new ones. */
  fill(): void {
    const { targets, keys, pooled } = this;
    // Equal strings of one profile get one copy (compactProfile's per-profile map); the pool is asked first.
    const pendingAt = new Map<string, number>();
    const pending: string[] = [];
    const waiting: number[] = [];
    for (let i = 0; i < targets.length; i++) {
      const value = targets[i]![keys[i]!] as string;
      const known = pooled[i] ? poolInstance(value) : undefined;
      if (known !== undefined) {
        targets[i]![keys[i]!] = known;
        continue;
      }
      let at = pendingAt.get(value);
      if (at === undefined) {
        at = pending.push(value) - 1;
        pendingAt.set(value, at);
      }
      waiting.push(i, at);
    }
    if (pending.length === 0) return;
    const copies = JSON.parse(JSON.stringify(pending)) as string[];
    for (let w = 0; w < waiting.length; w += 2) {
      const i = waiting[w]!;
      const copy = copies[waiting[w + 1]!]!;
      targets[i]![keys[i]!] = pooled[i] ? common(copy) : copy;
    }
  }
}

function record(value: unknown): Target {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw INVALID;
  return value as Target;
}

function list(value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw INVALID;
  return value;
}

/** A 1-based line or null (the schema's `Line`); -0 and unsafe integers go to zod, which decides. */
function line(value: unknown, nullable = true): number | null {
  if (value === null && nullable) return null;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) throw INVALID;
  return value;
}

function items<T>(value: unknown, copy: (from: Target) => T): T[] {
  const from = list(value);
  if (from.length === 0) return EMPTY;
  const out: T[] = [];
  for (let i = 0; i < from.length; i++) out.push(copy(record(from[i])));
  return out;
}

function copyProfile(p: Target, s: Slots): Profile {
  const out: Target = {};
  s.text(out, 'id', p.id, 1, false);
  if (!PROFILE_ID.test(p.id as string)) throw INVALID;
  s.text(out, 'file', p.file, 1, false);
  s.oneOf(out, 'format', p.format, FORMAT);
  s.text(out, 'name', p.name, 1, true);
  if (p.nameSource !== undefined) s.oneOf(out, 'nameSource', p.nameSource, NAME_SOURCE);
  s.nullableText(out, 'handle', p.handle, 1, false);
  out.aliases = s.texts(p.aliases, 1, true);
  s.nullableText(out, 'pronouns', p.pronouns, 1, true);
  s.nullableText(out, 'headline', p.headline, 1, true);
  if (typeof p.listed !== 'boolean') throw INVALID;
  out.listed = p.listed;
  out.skills = items(p.skills, (k) => {
    const skill: Target = {};
    s.text(skill, 'name', k.name, 1, true);
    s.nullableText(skill, 'category', k.category, 1, true);
    s.text(skill, 'evidence', k.evidence, 0, true);
    s.oneOf(skill, 'source', k.source, SKILL_SOURCE);
    skill.line = line(k.line);
    return skill;
  });
  out.contacts = items(p.contacts, (c) => {
    const contact: Target = {};
    s.oneOf(contact, 'kind', c.kind, CONTACT_KIND);
    s.text(contact, 'value', c.value, 1, false);
    s.text(contact, 'label', c.label, 1, true);
    s.oneOf(contact, 'visibility', c.visibility, VISIBILITY);
    contact.line = line(c.line);
    return contact;
  });
  out.experience = items(p.experience, (e) => {
    const entry: Target = {};
    s.text(entry, 'text', e.text, 1, true);
    s.nullableText(entry, 'title', e.title, 1, true);
    s.nullableText(entry, 'organization', e.organization, 1, true);
    s.nullableText(entry, 'period', e.period, 1, true);
    entry.highlights = s.texts(e.highlights, 0, true);
    entry.line = line(e.line);
    return entry;
  });
  out.certifications = items(p.certifications, (c) => {
    const cert: Target = {};
    s.text(cert, 'name', c.name, 1, true);
    s.nullableText(cert, 'issuer', c.issuer, 1, true);
    s.nullableText(cert, 'url', c.url, 1, false);
    cert.line = line(c.line);
    return cert;
  });
  out.sections = items(p.sections, (x) => {
    const section: Target = {};
    s.text(section, 'id', x.id, 1, true);
    s.text(section, 'title', x.title, 0, true);
    s.text(section, 'rawTitle', x.rawTitle, 0, true);
    s.oneOf(section, 'kind', x.kind, SECTION_KIND);
    const level = x.level;
    if (
      typeof level !== 'number' ||
      !Number.isInteger(level) ||
      level < 0 ||
      level > 6 ||
      Object.is(level, -0)
    )
      throw INVALID;
    section.level = level;
    s.nullableText(section, 'parentId', x.parentId, 0, true);
    s.text(section, 'text', x.text, 0, true);
    section.items = s.texts(x.items, 0, true);
    section.links = items(x.links, (l) => {
      const link: Target = {};
      s.text(link, 'text', l.text, 0, true);
      s.text(link, 'url', l.url, 1, false);
      return link;
    });
    section.line = line(x.line, false);
    return section;
  });
  out.warnings = items(p.warnings, (w) => {
    const warning: Target = {};
    s.text(warning, 'code', w.code, 1, true);
    s.text(warning, 'message', w.message, 1, true);
    warning.line = line(w.line);
    return warning;
  });
  return out as unknown as Profile;
}

/** The compacted copy of `candidate` when it satisfies ProfileSchema as it is, else null (ask zod why). */
export function copyValidProfile(candidate: unknown): Profile | null {
  const slots = new Slots();
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
