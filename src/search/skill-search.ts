// createSkillIndex: who knows a skill. A listed skill beats a fuzzy spelling beats a prose mention, and
// only whole words count ("rust" never matches "trust"). The holders themselves live in skill-holders.ts.
import type { Profile, Skill } from '../profiles/model/profile.js';
import {
  canonicalSkillName,
  foldSkillKey,
  withoutGluedVersion,
} from '../profiles/vocabulary/skill-aliases.js';
import type { SkillIndexState } from './index-snapshot.js';
import { EVIDENCE_SCORE } from './search-keys.js';
import type { SkillMatch } from './search-types.js';
import { createSkillHolders } from './skill-holders.js';

/** `order` sorts people for lists of equal score (by name). */
export function createSkillIndex(order: (a: Profile, b: Profile) => number, from?: SkillIndexState) {
  const { holders, names, add, remove, listedByName, correctedSpellings, widerSkills, complete, state } =
    createSkillHolders(order, from);

  /** The skill a question names: as typed when someone lists that, else without a glued version ("vue3"). */
  const askedName = (query: string): string => {
    const canonical = canonicalSkillName(query);
    return holders.has(foldSkillKey(canonical)) ? canonical : canonicalSkillName(withoutGluedVersion(query));
  };

  const firstOf = (key: string, list: Profile[], limit: number, score: number): SkillMatch[] =>
    list.slice(0, limit).map((profile) => ({ profile, skill: holders.get(key)!.get(profile.id)!, score }));

  /**
   * The answer when at least `limit` listed people hold the skill (exactly, or, with `fuzzy`, under the
   * one clearly closest spelling when nobody holds the typed one); null when the full search is needed.
   */
  function firstHolders(
    query: string,
    limit: number,
    get: (id: string) => Profile | undefined,
    options: { fuzzy: boolean },
  ): { canonical: string; matches: SkillMatch[] } | null {
    const canonical = askedName(query);
    const key = foldSkillKey(canonical);
    if (holders.has(key)) {
      const list = listedByName(key, get);
      return list.length >= limit
        ? {
            canonical: names.get(key) ?? canonical,
            matches: firstOf(key, list, limit, EVIDENCE_SCORE.exactSkill),
          }
        : null;
    }
    if (!options.fuzzy) return null;
    const spellings = correctedSpellings(canonical);
    if (spellings.keys.length === 0) return null;
    // Spellings tied as the closest one: their holders merge in name order.
    const merged = new Map<string, SkillMatch>();
    for (const key of spellings.keys)
      for (const m of firstOf(key, listedByName(key, get), limit, EVIDENCE_SCORE.fuzzySkill))
        if (!merged.has(m.profile.id)) merged.set(m.profile.id, m);
    if (merged.size < limit) return null;
    const matches = [...merged.values()].sort((a, b) => order(a.profile, b.profile)).slice(0, limit);
    return { canonical: spellings.name, matches };
  }

  /** Adds the holders of each skill key, in turn, that `matches` does not have yet, with `score`. */
  function addHolders(
    matches: Map<string, SkillMatch>,
    keys: readonly string[],
    get: (id: string) => Profile | undefined,
    score: number,
  ): void {
    for (const key of keys)
      for (const [id, skill] of holders.get(key) ?? []) {
        const profile = get(id);
        if (profile && !matches.has(id)) matches.set(id, { profile, skill, score });
      }
  }

  /** Exact and fuzzy skill holders, best first; `canonical` is how the query was read. */
  function find(
    query: string,
    get: (id: string) => Profile | undefined,
    options: { fuzzy: boolean } = { fuzzy: true },
  ): { canonical: string; matches: SkillMatch[] } {
    const canonical = askedName(query);
    const key = foldSkillKey(canonical);
    const matches = new Map<string, SkillMatch>();
    addHolders(matches, [key], get, EVIDENCE_SCORE.exactSkill);
    if (matches.size === 0) {
      // A listed skill the term is a word of is a listing, not a prose mention.
      const wider = widerSkills(canonical);
      addHolders(matches, wider, get, EVIDENCE_SCORE.fuzzySkill);
      if (wider.length > 0)
        return { canonical: names.get(wider[0]!) ?? canonical, matches: [...matches.values()] };
    }
    if (!options.fuzzy) return { canonical: names.get(key) ?? canonical, matches: [...matches.values()] };
    // Typos ("terrafrom", "kfaka") read as the closest listed spelling; known technologies never are.
    const spellings = holders.has(key) ? null : correctedSpellings(canonical);
    addHolders(matches, spellings?.keys ?? [], get, EVIDENCE_SCORE.fuzzySkill);
    const readAs = holders.has(key) ? (names.get(key) ?? canonical) : (spellings?.name ?? canonical);
    return { canonical: readAs, matches: [...matches.values()] };
  }

  /** Holders of exactly this skill or alias (no typos), or undefined when no one lists it. */
  function exactHolders(query: string): ReadonlyMap<string, Skill> | undefined {
    return holders.get(foldSkillKey(askedName(query)));
  }

  /** Listed holders of a skill as typed (aliases and typos understood), for several-skill questions. */
  function holdersOf(query: string): { canonical: string; holders: ReadonlyMap<string, Skill> } {
    const canonical = askedName(query);
    const key = foldSkillKey(canonical);
    const exact = holders.get(key);
    if (exact) return { canonical: names.get(key) ?? canonical, holders: exact };
    const spellings = correctedSpellings(canonical);
    const merged = new Map<string, Skill>();
    for (const spelling of spellings.keys)
      for (const [id, skill] of holders.get(spelling) ?? []) if (!merged.has(id)) merged.set(id, skill);
    return { canonical: spellings.name, holders: merged };
  }

  return { add, remove, find, firstHolders, holdersOf, exactHolders, complete, state };
}
