// candidatePeople: the listed people a team question reads, each once however many searches or names find
// them, kept when their profile has the line the question needs (employer, place, school, language, group);
// and TEAM_READ, the caps those readers share.
import type { Profile } from '../profiles/model/profile.js';
import { CANDIDATES } from '../search/search-keys.js';
import type { ProfileIndex } from '../search/search-types.js';

/** What a team reader reads at most: people per query, characters of a line, lines of a profile. */
export const TEAM_READ = { hits: 500, line: 240, lines: 2_000 } as const;

export interface CandidatePeople<M> {
  /** The matches kept so far, in the order their people were first considered. */
  found: M[];
  /** Reads a person once (listed people only) and keeps the match when there is one. */
  consider(profile: Profile): void;
  /**
   * Considers the people a query finds: the search's best sections (it ranks a few dozen per query), then
   * everyone with a section holding its words exactly, so a team of hundreds who all name it is read in
   * full, up to `limit` people.
   */
  considerFound(index: ProfileIndex, query: string, limit?: number): void;
}

export function candidatePeople<M>(
  read: (profile: Profile) => M | null,
  skip: Iterable<string> = [],
): CandidatePeople<M> {
  const seen = new Set<string>(skip);
  const found: M[] = [];
  const consider = (profile: Profile): void => {
    if (seen.has(profile.id) || !profile.listed) return;
    seen.add(profile.id);
    const match = read(profile);
    if (match) found.push(match);
  };
  return {
    found,
    consider,
    considerFound(index, query, limit = TEAM_READ.hits) {
      const hits = index.search(query, { limit });
      for (const hit of hits) consider(hit.profile);
      // Fewer hits than half the search's cap (unlisted people are dropped after it): it found them all.
      if (hits.length < CANDIDATES.search / 2) return;
      for (const profile of index.withWords?.(query, limit) ?? []) consider(profile);
    },
  };
}
