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

/** A lazily read profile's body, still as bytes: decoded, checked and settled on the first read of a field. */
interface Pending {
  entry: EntryBytes;
  head: Record<string, unknown>;
  onInvalid: () => void;
}
const pending = new WeakMap<object, Pending>();

/** Replaces the body fields' accessors by plain fields (redefining a field keeps its place in the order). */
function settle(profile: Record<string, unknown>, body: Partial<Record<BodyField, unknown>>): void {
  for (const field of BODY)
    if (field in body)
      Object.defineProperty(profile, field, {
        value: body[field],
        writable: true,
        enumerable: true,
        configurable: true,
      });
}

/**
 * Decodes and checks the body of `receiver` (or of the lazy profile it inherits from) and settles it;
 * false when there is none to settle (an accessor copied onto another object reads as undefined).
 */
function settleBody(receiver: object): boolean {
  let profile: object | null = receiver;
  while (profile !== null && !pending.has(profile)) profile = Object.getPrototypeOf(profile);
  const lazy = profile && pending.get(profile);
  if (!profile || !lazy) return false;
  pending.delete(profile);
  const { entry, head, onInvalid } = lazy;
  const body = parseOrNull(entry.bytes.toString('utf8', entry.split + 1, entry.end));
  const checked = isRecord(body) ? copyValidProfile({ ...head, ...body }, { fresh: false }) : null;
  if (!checked) onInvalid();
  const fields = (checked ?? emptyBody(head)) as Partial<Record<BodyField, unknown>>;
  settle(profile as Record<string, unknown>, fields);
  return true;
}

// One pair of accessors per field, shared by every lazy profile (a closure each would cost more than
// decoding the head), finding its body by the profile it is read on.
const LAZY_FIELDS = Object.fromEntries(
  BODY.map((field): [BodyField, PropertyDescriptor] => [
    field,
    {
      get(this: Record<string, unknown>) {
        return settleBody(this) ? this[field] : undefined;
      },
      set(this: Record<string, unknown>, value: unknown) {
        settleBody(this);
        Object.defineProperty(this, field, { value, writable: true, enumerable: true, configurable: true });
      },
      enumerable: true,
      configurable: true,
    },
  ]),
) as Record<BodyField, PropertyDescriptor>;

const emptyBody = (head: Record<string, unknown>) =>
  Object.fromEntries(BODY.filter((field) => field in head).map((field) => [field, []]));

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
  if (!lazy) {
    const body = parseOrNull(bytes.toString('utf8', split + 1, end));
    return isRecord(body) ? copyValidProfile({ ...head, ...body }, { fresh: false }) : null;
  }
  // The head now, with empty stand-ins for the body: settling the folder and the index read it at once.
  const candidate: Record<string, unknown> = { ...head };
  for (const field of BODY) if (field in candidate) candidate[field] = [];
  const profile = copyValidProfile(candidate, { fresh: false });
  if (!profile) return null;
  pending.set(profile, { entry, head, onInvalid });
  for (const field of BODY) if (field in profile) Object.defineProperty(profile, field, LAZY_FIELDS[field]);
  return profile;
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
