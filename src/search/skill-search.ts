// createSkillIndex: who knows a skill. A listed skill beats a fuzzy spelling beats a prose mention, and
// only whole words count ("rust" never matches "trust").
import Fuse from 'fuse.js';
import type { Profile, Skill } from '../profiles/profile.js';
import { canonicalSkillName, foldSkillKey } from '../profiles/skill-aliases.js';
import { getOrCreate } from './get-or-create.js';
import { CANDIDATES, EVIDENCE_SCORE, FUSE_THRESHOLD, SKILL_KEYS } from './search-keys.js';
import type { SkillMatch } from './search-types.js';
import { createTokenIndex } from './token-index.js';

/**
 * `order` sorts people for lists of equal score (by name). Holders of one skill are kept sorted by it,
 * built on first use and dropped when that skill's holders change: a popular skill's first ten are
 * then a slice, not a pass over ~12,000 holders (at 50k profiles), like a posting list in static order.
 */
export function createSkillIndex(order: (a: Profile, b: Profile) => number) {
  // skill key → (profile id → skill)
  const holders = new Map<string, Map<string, Skill>>();
  const listedSorted = new Map<string, Profile[]>();
  const names = new Map<string, string>();
  const keysOf = new Map<string, string[]>();
  const vocabulary = createTokenIndex<string>();
  let fuse: Fuse<{ key: string; name: string }> | null = null;
  const skillFuse = () =>
    (fuse ??= new Fuse(
      [...names.entries()].map(([key, name]) => ({ key, name })),
      { keys: SKILL_KEYS, includeScore: true, threshold: FUSE_THRESHOLD.skill },
    ));

  function add(profile: Profile): void {
    remove(profile.id);
    const keys: string[] = [];
    for (const skill of profile.skills) {
      const key = foldSkillKey(skill.name);
      if (!key) continue;
      keys.push(key);
      listedSorted.delete(key);
      if (!holders.has(key)) {
        names.set(key, skill.name);
        vocabulary.add(key, [key]);
        fuse = null;
      }
      const byProfile = getOrCreate(holders, key, () => new Map<string, Skill>());
      if (!byProfile.has(profile.id)) byProfile.set(profile.id, skill);
    }
    keysOf.set(profile.id, keys);
  }

  function remove(id: string): void {
    for (const key of keysOf.get(id) ?? []) {
      listedSorted.delete(key);
      const byProfile = holders.get(key);
      byProfile?.delete(id);
      if (byProfile?.size === 0) {
        holders.delete(key);
        names.delete(key);
        vocabulary.remove(key);
        fuse = null;
      }
    }
    keysOf.delete(id);
  }

  function listedByName(key: string, get: (id: string) => Profile | undefined): Profile[] {
    let list = listedSorted.get(key);
    if (!list) {
      list = [...(holders.get(key)?.keys() ?? [])].flatMap((id) => {
        const profile = get(id);
        return profile?.listed ? [profile] : [];
      });
      list.sort(order);
      listedSorted.set(key, list);
    }
    return list;
  }

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
    const canonical = canonicalSkillName(query);
    const key = foldSkillKey(canonical);
    if (holders.has(key)) {
      const list = listedByName(key, get);
      return list.length >= limit
        ? { canonical, matches: firstOf(key, list, limit, EVIDENCE_SCORE.exactSkill) }
        : null;
    }
    if (!options.fuzzy) return null;
    const hits = skillFuse().search(canonical, { limit: CANDIDATES.skill });
    const first = hits[0];
    if (!first) return null;
    // Spellings tied with the closest one share its score: their holders merge in name order.
    const tied = hits.filter((h) => (h.score ?? 0) === (first.score ?? 0)).map((h) => h.item.key);
    const merged = new Map<string, SkillMatch>();
    const score = EVIDENCE_SCORE.fuzzySkill * (1 - (first.score ?? 0));
    for (const key of tied)
      for (const m of firstOf(key, listedByName(key, get), limit, score))
        if (!merged.has(m.profile.id)) merged.set(m.profile.id, m);
    if (merged.size < limit) return null;
    const matches = [...merged.values()].sort((a, b) => order(a.profile, b.profile)).slice(0, limit);
    return { canonical: first.item.name, matches };
  }

  /** Exact and fuzzy skill holders, best first; `canonical` is how the query was read. */
  function find(
    query: string,
    get: (id: string) => Profile | undefined,
    /** `enough`: stop reading further spellings once this many listed holders rank above them. */
    options: { fuzzy: boolean; enough?: number } = { fuzzy: true },
  ): { canonical: string; matches: SkillMatch[] } {
    const canonical = canonicalSkillName(query);
    const key = foldSkillKey(canonical);
    const matches = new Map<string, SkillMatch>();
    for (const [id, skill] of holders.get(key) ?? []) {
      const profile = get(id);
      if (profile) matches.set(id, { profile, skill, score: EVIDENCE_SCORE.exactSkill });
    }
    if (!options.fuzzy) return { canonical, matches: [...matches.values()] };
    // Fuzzy spellings ("terrafrom", "kfaka"): the skill vocabulary is small (distinct skills, not people),
    // so fuse.js ranks all of it; transposed letters defeat trigrams in short names.
    let readAs = holders.has(key) ? (names.get(key) ?? canonical) : null;
    const hits = skillFuse().search(canonical, { limit: CANDIDATES.skill });
    let listed = [...matches.values()].filter((m) => m.profile.listed).length;
    for (const [i, hit] of hits.entries()) {
      if (hit.item.key === key) continue;
      readAs ??= hit.item.name;
      const score = EVIDENCE_SCORE.fuzzySkill * (1 - (hit.score ?? 0));
      for (const [id, skill] of holders.get(hit.item.key) ?? []) {
        const profile = get(id);
        if (!profile || (matches.get(id)?.score ?? 0) >= score) continue;
        if (!matches.has(id) && profile.listed) listed++;
        matches.set(id, { profile, skill, score });
      }
      // Later spellings score lower; once enough people rank above them they cannot make the list.
      const next = hits[i + 1];
      if (
        options.enough !== undefined &&
        listed >= options.enough &&
        next &&
        (next.score ?? 0) > (hit.score ?? 0)
      )
        break;
    }
    return { canonical: readAs ?? canonical, matches: [...matches.values()] };
  }

  /** Skill names for autocomplete: prefix matches first, then similar spellings. */
  function complete(prefix: string, limit: number): string[] {
    const key = foldSkillKey(prefix);
    const all = [...names.entries()];
    if (!key)
      return all
        .map(([, n]) => n)
        .sort((a, b) => a.localeCompare(b))
        .slice(0, limit);
    const starts = all
      .filter(([k]) => k.startsWith(key))
      .map(([, n]) => n)
      .sort((a, b) => a.length - b.length || a.localeCompare(b));
    const fuzzy = vocabulary
      .expand(key, { limit, minSimilarity: 0.4 })
      .map((e) => names.get(e.token) ?? e.token);
    return [...new Set([...starts, ...fuzzy])].slice(0, limit);
  }

  return { add, remove, find, firstHolders, complete };
}
