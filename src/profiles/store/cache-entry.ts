// A parse cache entry: one line `key TAB head TAB body`, where the body holds a profile's large fields
// (skills, sections, experience, contacts, certifications, warnings) and the head the rest (id, names,
// headline: what settling the folder and a kept index need of everyone), with a 0 standing in for each
// body field so the profile comes back with its fields in their order. A one-off answer (`ask`) decodes a
// body only when one of those fields is first read: most answers read a few people's.
import { copyValidProfile } from '../model/copy-valid-profile.js';
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
 * The profile an entry holds, checked against the schema (the file's checksum proves it whole, not that
 * its entries are profiles: anyone can recompute it), or null when it is none. `lazy`: the body is decoded
 * and checked on the first read of one of its fields, which then become plain fields (so a profile read
 * once costs the same as one decoded at once); a body that is not a profile's reads as empty, and
 * `onInvalid` says so.
 */
export function entryProfile(entry: EntryBytes, lazy: boolean, onInvalid: () => void): Profile | null {
  const { bytes, start, split, end } = entry;
  const head = parseOrNull(bytes.toString('utf8', start + 65, split));
  if (!isRecord(head)) return null;
  const readBody = () => parseOrNull(bytes.toString('utf8', split + 1, end));
  if (!lazy) {
    const body = readBody();
    return isRecord(body) ? copyValidProfile({ ...head, ...body }, { fresh: false }) : null;
  }
  // The head now, with empty stand-ins for the body: settling the folder and the index read it at once.
  const emptyBody = Object.fromEntries(BODY.filter((field) => field in head).map((field) => [field, []]));
  const profile = copyValidProfile({ ...head, ...emptyBody }, { fresh: false }) as Record<
    string,
    unknown
  > | null;
  if (!profile) return null;
  const checkedBody = (): Record<string, unknown> => {
    const body = readBody();
    const checked = isRecord(body) ? copyValidProfile({ ...head, ...body }, { fresh: false }) : null;
    if (checked) return checked as unknown as Record<string, unknown>;
    onInvalid();
    return emptyBody;
  };
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
          settle(checkedBody());
          return profile[field];
        },
        set(value: unknown) {
          settle({ ...checkedBody(), [field]: value });
        },
        enumerable: true,
        configurable: true,
      });
  return profile as unknown as Profile;
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
