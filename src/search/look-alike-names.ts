// createLookAlikeNames: the people whose names hold letters that pass for Latin ones (a Cyrillic а in
// "Аda Lovelace"), by the name they pass for; so a person found by name who has a look-alike is never
// answered for silently: the asker cannot see which of the two they meant, and one may be an impostor.
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { hasLookAlike, lookAlikeKey } from '../text/look-alike-key.js';
import { getOrCreate } from './get-or-create.js';

export function createLookAlikeNames(get: (id: string) => Profile | undefined) {
  // Look-alike key → ids of people whose names have a look-alike letter (few: most names have none).
  const byKey = new Map<string, Set<string>>();

  function add(profile: Profile): void {
    if (hasLookAlike(profile.name))
      getOrCreate(byKey, lookAlikeKey(profile.name), () => new Set<string>()).add(profile.id);
  }

  function remove(profile: Profile): void {
    if (!hasLookAlike(profile.name)) return;
    const key = lookAlikeKey(profile.name);
    const ids = byKey.get(key);
    ids?.delete(profile.id);
    if (ids?.size === 0) byKey.delete(key);
  }

  /**
   * The others whose names look like `profile`'s but are spelt otherwise (same spellings are plainly
   * ambiguous already); `named(folded)`: the ids with that exact folded name, handle, alias or id (the
   * person index's own map), for the Latin names the look-alikes pass for.
   */
  function of(profile: Profile, named: (folded: string) => Iterable<string>): Profile[] {
    if (byKey.size === 0) return [];
    const key = lookAlikeKey(profile.name);
    const own = foldText(profile.name);
    return [...new Set([...(byKey.get(key) ?? []), ...named(key)])].flatMap((id) => {
      const other = get(id);
      const alike = other && lookAlikeKey(other.name) === key && foldText(other.name) !== own;
      return alike ? [other] : [];
    });
  }

  return { add, remove, of };
}
