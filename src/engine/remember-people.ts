// rememberPeople: the index as one answer sees it, with each person lookup made once: a handler resolves
// the name asked, then checks the short name it suggests (`/contact rajdeep`), often the same text.
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex, Resolution } from '../search/search-types.js';

/**
 * A view of `index` whose `resolvePerson` remembers its answers. Only for the span of one answer: the
 * engine is synchronous, so the index cannot change under it (hot reload swaps between answers).
 */
export function rememberPeople(index: ProfileIndex): ProfileIndex {
  const seen = new Map<string, Resolution<Profile>>();
  const resolvePerson = (query: string): Resolution<Profile> => {
    let resolved = seen.get(query);
    if (!resolved) {
      resolved = index.resolvePerson(query);
      seen.set(query, resolved);
    }
    return resolved;
  };
  // Everything else is the index itself (its prototype), getters included.
  return Object.create(index, { resolvePerson: { value: resolvePerson } }) as ProfileIndex;
}
