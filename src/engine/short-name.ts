// shortName: the shortest word that still finds a person, for follow-up suggestions ("/contact rajdeep").
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';

/**
 * The shortest word that still finds this person, for follow-up suggestions ("/contact rajdeep"):
 * the handle, else the first name, else the id.
 */
export function shortName(index: ProfileIndex, profile: Profile): string {
  const firstName = profile.name.split(/\s+/)[0]?.toLowerCase() ?? '';
  for (const candidate of [profile.handle, firstName]) {
    if (!candidate || /\s/.test(candidate)) continue;
    const resolved = index.resolvePerson(candidate);
    if (resolved.status === 'found' && resolved.value.id === profile.id) return candidate;
  }
  return profile.id;
}
