// compactProfile: a validated profile rebuilt as plain, flat data with short strings shared between
// profiles. Parsing leaves strings that are slices of the whole document (and of its repaired and
// normalised copies), which keep those texts alive; skill names, categories and titles repeat across
// thousands of profiles. Measured on generated profiles: heap 24 → 8 KB per profile for ~70 µs.
import type { Profile } from './profile.js';

/** Strings up to this length are shared; longer ones (section text) are rarely equal. */
const SHARED_MAX_LENGTH = 64;
/** A bound on the shared pool (a few MB), so hot reloads over months cannot grow it without limit. */
const SHARED_MAX_ENTRIES = 100_000;
const shared = new Map<string, string>();

/** Swaps short strings (in place, through arrays and objects) for shared instances; returns `value`. */
export function shareStrings(value: unknown): unknown {
  if (typeof value === 'string') {
    if (value.length > SHARED_MAX_LENGTH) return value;
    const existing = shared.get(value);
    if (existing !== undefined) return existing;
    if (shared.size < SHARED_MAX_ENTRIES) shared.set(value, value);
    return value;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = shareStrings(value[i]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = shareStrings(record[key]);
  }
  return value;
}

/**
 * A Profile is JSON data (the schema allows nothing else), so a JSON round trip copies it exactly, as
 * fresh flat strings; the copy's short strings are then swapped for shared ones (a walk is ~40 % faster
 * than a JSON.parse reviver).
 */
export function compactProfile(profile: Profile): Profile {
  return shareStrings(JSON.parse(JSON.stringify(profile))) as Profile;
}
