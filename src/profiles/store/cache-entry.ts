// A parse cache entry: one line `key TAB head TAB body`, where the body holds a profile's large fields
// (skills, sections, experience, contacts, certifications, warnings) and the head the rest (id, names,
// headline: what settling the folder and a kept index need of everyone), with a 0 standing in for each
// body field so the profile comes back with its fields in their order. A one-off answer (`ask`) decodes a
// body only when one of those fields is first read: most answers read a few people's.
import type { Profile } from '../model/profile.js';

const BODY = ['skills', 'sections', 'experience', 'contacts', 'certifications', 'warnings'] as const;
type BodyField = (typeof BODY)[number];
const isBody = new Set<string>(BODY);

const TAB = 0x09;

/** The entry line for a profile (JSON never holds a raw tab or newline: both are escaped). */
export function entryLine(key: string, profile: Profile): string {
  const head: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(profile)) {
    head[field] = isBody.has(field) ? 0 : value;
    if (isBody.has(field)) body[field] = value;
  }
  return `${key}\t${JSON.stringify(head)}\t${JSON.stringify(body)}\n`;
}

/** Where an entry line's parts are in the bytes it was read into. */
export interface EntryBytes {
  bytes: Buffer;
  start: number;
  /** The tab between head and body. */
  split: number;
  end: number;
}

/** The parts of the line at bytes[start, end) after its 64-character key, or null when it is no entry. */
export function entryBytes(bytes: Buffer, start: number, end: number): EntryBytes | null {
  if (end - start < 68 || bytes[start + 64] !== TAB) return null;
  const split = bytes.indexOf(TAB, start + 65);
  return split === -1 || split >= end ? null : { bytes, start, split, end };
}

/**
 * The profile an entry holds. `lazy`: the body is decoded on the first read of one of its fields, which
 * then become plain fields (so a profile read once costs the same as one decoded at once).
 */
export function entryProfile(entry: EntryBytes, lazy: boolean): Profile {
  const { bytes, start, split, end } = entry;
  const profile = JSON.parse(bytes.toString('utf8', start + 65, split)) as Record<string, unknown>;
  const readBody = () => JSON.parse(bytes.toString('utf8', split + 1, end)) as Record<BodyField, unknown>;
  if (!lazy) {
    Object.assign(profile, readBody());
    return profile as Profile;
  }
  const settle = (body: Partial<Record<BodyField, unknown>>) => {
    // Redefining a field keeps its place in the order of fields (JSON output stays byte-identical).
    for (const field of BODY)
      if (field in body)
        Object.defineProperty(profile, field, {
          value: body[field],
          writable: true,
          enumerable: true,
          configurable: true,
        });
  };
  for (const field of BODY)
    if (field in profile)
      Object.defineProperty(profile, field, {
        get() {
          settle(readBody());
          return profile[field];
        },
        set(value: unknown) {
          settle({ ...readBody(), [field]: value });
        },
        enumerable: true,
        configurable: true,
      });
  return profile as Profile;
}
