// The ProfileIndex contract: what the engine may ask of the search layer. Scores: 0..1, higher is better.
import type { Profile, Section, Skill } from '../profiles/model/profile.js';

export type Resolution<T> =
  | { status: 'found'; value: T; score: number }
  /** Two or more scored too close to pick one: never pick silently. */
  | { status: 'ambiguous'; candidates: T[] }
  | { status: 'not_found'; suggestions: T[] };

export interface SkillMatch {
  profile: Profile;
  /** The best-matching skill of that person. */
  skill: Skill;
  score: number;
}

export interface WhoKnowsResult {
  /** The canonical skill name the query was read as ("k8s" → "Kubernetes"). */
  canonical: string;
  matches: SkillMatch[];
}

/** One person for a several-skill question: the skills of the question they list, in question order. */
export interface SeveralSkillsMatch {
  profile: Profile;
  skills: Skill[];
  /** Lists every skill asked about. */
  all: boolean;
}

export interface WhoKnowsAllResult {
  /** How each asked skill was read, in order. */
  canonicals: string[];
  /** Those who list all of them first, then those who list the most; ties in name order. */
  matches: SeveralSkillsMatch[];
}

export interface SearchHit {
  profile: Profile;
  section: Section;
  /** A short plain-text excerpt around the match (≤ 200 chars). */
  snippet: string;
  score: number;
}

export interface ProfileIndex {
  readonly size: number;
  /** Every profile, sorted by name. Includes unlisted ones (callers filter `listed`). */
  all(): readonly Profile[];
  get(id: string): Profile | undefined;
  /** Names, handles, aliases and ids; typos and diacritics folded ("rajdep", "Bruckner"). */
  resolvePerson(query: string): Resolution<Profile>;
  /** Whether the folded word is a whole word of someone's name, handle, alias or id (a cheap exact test). */
  isNameWord?(word: string): boolean;
  /** Whether one person's name, handle, alias and id words hold every one of these folded words (exact). */
  isNameOfOne?(words: readonly string[]): boolean;
  /** Listed people ranked for a skill; an exact word beats a substring ("rust" never ranks "trust" first). */
  whoKnows(skill: string, options?: { limit?: number }): WhoKnowsResult;
  /** Listed people for several skills at once: those with all of them first, then those with some. */
  whoKnowsAll(skills: readonly string[], options?: { limit?: number }): WhoKnowsAllResult;
  /** Ranked full-text hits over every section of every listed profile (or one person's). A section needs
   * half the query's words; with `anyWord` (one person's sections only) one is enough, more rank higher. */
  search(query: string, options?: { personId?: string; limit?: number; anyWord?: boolean }): SearchHit[];
  /** Listed people with a section holding every word of the query exactly, at most `limit`, unranked:
   * candidates for a name among hundreds (a region's places), at a fraction of a search's cost. */
  withWords?(query: string, limit: number): Profile[];
  /** Every profile (listed or not) whose headline or sections write Han, kana, hangul or Cyrillic. */
  otherScriptWriters?(): Iterable<Profile>;
  /** A section of one profile by fuzzy name or kind ("values", "certs"). */
  resolveSection(profile: Profile, query: string): Resolution<Section>;
  /** Autocomplete helpers: best first, at most `limit`. An empty prefix lists the first ones. */
  completePeople(prefix: string, limit: number): Profile[];
  completeSkills(prefix: string, limit: number): string[];
  completeSections(profile: Profile | null, prefix: string, limit: number): string[];
  /** Incremental updates for hot reload: synchronous, so a query never sees half an update. */
  upsert(profile: Profile): void;
  remove(id: string): void;
}
