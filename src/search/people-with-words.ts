// peopleWithWords: a cheap candidate list for team questions that look for many names at once (a region is
// hundreds of place names): the listed people with a section holding a name's words exactly, unranked.
import type { Profile } from '../profiles/model/profile.js';
import { queryWords } from './section-search.js';

/**
 * The first `limit` listed people (in index order) with a section that holds every word of the query, as
 * the search reads words (folded, stopwords left out); no typos or prefixes, so no ranking to pay for.
 */
export function peopleWithWords(
  withWords: (words: readonly string[]) => readonly { profile: Profile }[],
  query: string,
  limit: number,
): Profile[] {
  const words = queryWords(query);
  if (words.length === 0 || limit <= 0) return [];
  const people = new Set<Profile>();
  for (const { profile } of withWords(words)) {
    if (!profile.listed) continue;
    if (people.add(profile).size >= limit) break;
  }
  return [...people];
}
