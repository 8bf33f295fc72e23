// compactProfile: a validated profile rebuilt as plain, flat data with short strings shared between
// profiles. Parsing leaves strings that are slices of the whole document (and its repaired and
// normalised copies), which keep those texts alive; skill names, categories and titles repeat across
// thousands of profiles. Measured on generated profiles: heap 24.0 → 7.7 KB per profile for ~110 µs.
import type { Profile } from './profile.js';

/** Strings up to this length are shared; longer ones (section text) are rarely equal. */
const SHARED_MAX_LENGTH = 64;
/** A bound on the shared pool (a few MB), so hot reloads over months cannot grow it without limit. */
const SHARED_MAX_ENTRIES = 100_000;
const shared = new Map<string, string>();

/** A Profile is JSON data (the schema allows nothing else), so a JSON round trip copies it exactly. */
export function compactProfile(profile: Profile): Profile {
  // Longer strings repeat within one profile (a skill's evidence is a list item of its section).
  const own = new Map<string, string>();
  return JSON.parse(JSON.stringify(profile), (_key, value: unknown) => {
    if (typeof value !== 'string') return value;
    const pool = value.length > SHARED_MAX_LENGTH ? own : shared;
    const existing = pool.get(value);
    if (existing !== undefined) return existing;
    if (pool === own || shared.size < SHARED_MAX_ENTRIES) pool.set(value, value);
    return value;
  }) as Profile;
}
