// candidatePeople: the listed people a team question reads, each once however many searches or names find
// them, kept when their profile has the line the question needs (employer, place, school, language, group).
import type { Profile } from '../profiles/model/profile.js';

export interface CandidatePeople<M> {
  /** The matches kept so far, in the order their people were first considered. */
  found: M[];
  /** Reads a person once (listed people only) and keeps the match when there is one. */
  consider(profile: Profile): void;
}

export function candidatePeople<M>(
  read: (profile: Profile) => M | null,
  skip: Iterable<string> = [],
): CandidatePeople<M> {
  const seen = new Set<string>(skip);
  const found: M[] = [];
  return {
    found,
    consider(profile) {
      if (seen.has(profile.id) || !profile.listed) return;
      seen.add(profile.id);
      const match = read(profile);
      if (match) found.push(match);
    },
  };
}
