// createSkillIndex: who knows a skill. A listed skill beats a fuzzy spelling beats a prose mention, and
// only whole words count ("rust" never matches "trust").
import type { Profile, Skill } from '../profiles/model/profile.js';
import { canonicalSkillName, foldSkillKey } from '../profiles/vocabulary/skill-aliases.js';
import { foldText } from '../text/fold-text.js';
import { allowedTypos } from './edit-distance.js';
import { getOrCreate } from './get-or-create.js';
import type { SkillIndexState } from './index-snapshot.js';
import { knownTechnology } from './known-technology.js';
import { EVIDENCE_SCORE, FUSE_PATTERN_MAX } from './search-keys.js';
import type { SkillMatch } from './search-types.js';
import { isTitleList } from './title-list.js';
import { createTokenIndex } from './token-index.js';

/**
 * `order` sorts people for lists of equal score (by name). Holders of one skill are kept sorted by it,
 * built on first use and dropped when that skill's holders change: a popular skill's first ten are
 * then a slice, not a pass over ~12,000 holders (at 50k profiles), like a posting list in static order.
 */
export function createSkillIndex(order: (a: Profile, b: Profile) => number, from?: SkillIndexState) {
  // skill key → (profile id → skill); `from`: what a kept index held (index-snapshot.ts).
  const holders = from?.holders ?? new Map<string, Map<string, Skill>>();
  const listedSorted = new Map<string, Profile[]>();
  const names = from?.names ?? new Map<string, string>();
  const vocabulary = from?.vocabulary ?? createTokenIndex<string>();
  // Words of multi-word skill names ("apache spark" → apachespark), for a word nobody lists alone.
  const byWord = from?.byWord ?? createTokenIndex<string>();

  /** The skill keys a profile lists, each with the skill it is read from (derived again on removal). */
  function* listedSkills(profile: Profile): Generator<[string, Skill]> {
    for (const skill of profile.skills) {
      // Mentioned in a sentence is not listed: whoknows finds those through the text, as mentions.
      if (skill.source === 'prose') continue;
      // Read from a list of video, post or repository titles: the title's topic, not a skill.
      if (skill.category && isTitleList({ title: skill.category })) continue;
      const key = foldSkillKey(skill.name);
      if (key) yield [key, skill];
    }
  }

  const nameWords = (name: string) => foldText(name).split(' ');

  /** Indexes a profile not indexed yet (`remove` the previous version of it first). */
  function add(profile: Profile): void {
    for (const [key, skill] of listedSkills(profile)) {
      listedSorted.delete(key);
      if (!holders.has(key)) {
        names.set(key, skill.name);
        vocabulary.add(key, [key]);
        const words = nameWords(skill.name);
        if (words.length > 1) byWord.add(key, words);
      }
      const byProfile = getOrCreate(holders, key, () => new Map<string, Skill>());
      if (!byProfile.has(profile.id)) byProfile.set(profile.id, skill);
    }
  }

  /** Takes out `profile`, the version that was added. */
  function remove(profile: Profile): void {
    for (const [key] of listedSkills(profile)) {
      listedSorted.delete(key);
      const byProfile = holders.get(key);
      byProfile?.delete(profile.id);
      if (byProfile?.size === 0) {
        const name = names.get(key) ?? '';
        holders.delete(key);
        names.delete(key);
        vocabulary.remove(key, [key]);
        byWord.remove(key, nameWords(name));
      }
    }
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

  /**
   * What an unknown term was meant to be: the listed spellings within a few typos of it (the closest
   * ones), else the multi-word skills it is a word of ("spark" → "Apache Spark"). A term that is itself
   * a technology is never corrected: "java" stays Java even when only JavaScript is listed.
   */
  function correctedSpellings(term: string): { name: string; keys: string[] } {
    const none = { name: term, keys: [] };
    if (knownTechnology(term, (k) => names.get(k))) return none;
    const key = foldSkillKey(term);
    const max = allowedTypos(key.length);
    // Every listed spelling within the allowed typos (a trigram count rules out the rest of the
    // vocabulary before any edit distance), the nearest ones kept.
    const near = max > 0 ? vocabulary.withinEdits(key.slice(0, FUSE_PATTERN_MAX), max) : [];
    // Equally near spellings all count; the one most people list names the reading ("net.js": Next.js).
    let keys = near
      .filter((n) => n.distance === near[0]!.distance)
      .map((n) => n.token)
      .sort((a, b) => (holders.get(b)?.size ?? 0) - (holders.get(a)?.size ?? 0));
    if (keys.length === 0) keys = widerSkills(term);
    return keys.length === 0 ? none : { name: names.get(keys[0]!) ?? term, keys };
  }

  /** Listed multi-word skills a word nobody lists alone belongs to ("spark" → "Apache Spark"). */
  function widerSkills(term: string): string[] {
    if (knownTechnology(term, (k) => names.get(k))) return [];
    const words = foldText(term).split(' ').filter(Boolean);
    return words.length > 0 ? byWord.docsWithAll(words) : [];
  }

  /** Exact and fuzzy skill holders, best first; `canonical` is how the query was read. */
  function find(
    query: string,
    get: (id: string) => Profile | undefined,
    options: { fuzzy: boolean } = { fuzzy: true },
  ): { canonical: string; matches: SkillMatch[] } {
    const canonical = canonicalSkillName(query);
    const key = foldSkillKey(canonical);
    const matches = new Map<string, SkillMatch>();
    for (const [id, skill] of holders.get(key) ?? []) {
      const profile = get(id);
      if (profile) matches.set(id, { profile, skill, score: EVIDENCE_SCORE.exactSkill });
    }
    if (matches.size === 0) {
      // A listed skill the term is a word of is a listing, not a prose mention.
      const wider = widerSkills(canonical);
      for (const spelling of wider)
        for (const [id, skill] of holders.get(spelling) ?? []) {
          const profile = get(id);
          if (profile && !matches.has(id))
            matches.set(id, { profile, skill, score: EVIDENCE_SCORE.fuzzySkill });
        }
      if (wider.length > 0)
        return { canonical: names.get(wider[0]!) ?? canonical, matches: [...matches.values()] };
    }
    if (!options.fuzzy) return { canonical: names.get(key) ?? canonical, matches: [...matches.values()] };
    // Typos ("terrafrom", "kfaka") read as the closest listed spelling; known technologies never are.
    const spellings = holders.has(key) ? null : correctedSpellings(canonical);
    for (const spelling of spellings?.keys ?? []) {
      for (const [id, skill] of holders.get(spelling) ?? []) {
        const profile = get(id);
        if (profile && !matches.has(id))
          matches.set(id, { profile, skill, score: EVIDENCE_SCORE.fuzzySkill });
      }
    }
    const readAs = holders.has(key) ? (names.get(key) ?? canonical) : (spellings?.name ?? canonical);
    return { canonical: readAs, matches: [...matches.values()] };
  }

  /** Holders of exactly this skill or alias (no typos), or undefined when no one lists it. */
  function exactHolders(query: string): ReadonlyMap<string, Skill> | undefined {
    return holders.get(foldSkillKey(canonicalSkillName(query)));
  }

  /** Listed holders of a skill as typed (aliases and typos understood), for several-skill questions. */
  function holdersOf(query: string): { canonical: string; holders: ReadonlyMap<string, Skill> } {
    const canonical = canonicalSkillName(query);
    const key = foldSkillKey(canonical);
    const exact = holders.get(key);
    if (exact) return { canonical: names.get(key) ?? canonical, holders: exact };
    const spellings = correctedSpellings(canonical);
    const merged = new Map<string, Skill>();
    for (const spelling of spellings.keys)
      for (const [id, skill] of holders.get(spelling) ?? []) if (!merged.has(id)) merged.set(id, skill);
    return { canonical: spellings.name, holders: merged };
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

  const state = (): SkillIndexState => ({ holders, names, vocabulary, byWord });
  return { add, remove, find, firstHolders, holdersOf, exactHolders, complete, state };
}
