// byNameOnly: a resolution with the unlisted people (`listed: false`) left out unless the query typed a
// word of their name, as autocomplete offers them.
import type { Profile } from '../profiles/model/profile.js';
import { wordTokens } from '../text/fold-text.js';
import type { Resolution } from './search-types.js';

/**
 * An unlisted person (`listed: false`) is found by name only, as autocomplete offers them: a prefix
 * ("ze", "hid") or a near miss reached them, and two or three letters at a time listed everyone hidden.
 */
export function byNameOnly(
  query: string,
  found: Resolution<Profile>,
  namesOf: (id: string) => readonly string[],
): Resolution<Profile> {
  const typed = new Set(wordTokens(query));
  const shown = (p: Profile) => p.listed || namesOf(p.id).some((n) => n.split(' ').some((w) => typed.has(w)));
  if (found.status === 'found') return shown(found.value) ? found : { status: 'not_found', suggestions: [] };
  if (found.status === 'not_found') return { ...found, suggestions: found.suggestions.filter(shown) };
  const candidates = found.candidates.filter(shown);
  if (candidates.length === found.candidates.length) return found;
  if (candidates.length === 1) return { status: 'found', value: candidates[0]!, score: 0.6 };
  return candidates.length > 1
    ? { status: 'ambiguous', candidates }
    : { status: 'not_found', suggestions: [] };
}
