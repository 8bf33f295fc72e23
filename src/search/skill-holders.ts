// createSkillHolders: the skills people list, by folded key: who holds each and under what name, the
// listed holders in name order, and the listed spellings a typed term was meant as (typos, a word of a
// multi-word skill). createSkillIndex (skill-search.ts) answers its questions from these.
import type { Profile, Skill } from '../profiles/model/profile.js';
import { foldSkillKey } from '../profiles/vocabulary/skill-aliases.js';
import { foldText } from '../text/fold-text.js';
import { allowedTypos } from './edit-distance.js';
import { getOrCreate } from './get-or-create.js';
import type { SkillIndexState } from './index-snapshot.js';
import { knownTechnology } from './known-technology.js';
import { FUSE_PATTERN_MAX } from './search-keys.js';
import { isTitleList } from './title-list.js';
import { createTokenIndex } from './token-index.js';

/**
 * Fields and concepts asked as skills ("who knows rest", "any data folks"): never a typo of a listed
 * skill one letter away (REST is not Rust or Jest, data is not Dart).
 */
const CONCEPTS = new Set(
  'rest restful api apis data cloud design testing tests backend frontend fullstack devops infra mobile web security ml ai sre ops qa ux ui embedded networking network database databases scripting game games graphics audio video'.split(
    ' ',
  ),
);

/** Spellings this short are only corrected when the first letter is right. */
const SHORT_WORD = 5;

/**
 * `order` sorts people for lists of equal score (by name). Holders of one skill are kept sorted by it,
 * built on first use and then kept in order one change at a time: a popular skill's first ten are then
 * a slice, not a pass over ~12,000 holders (at 50k profiles), like a posting list in static order. (A
 * list dropped on each change was sorted again by the next question: "who knows databases" asks for
 * ten of them, ~130 ms after a reload at 50k.)
 */
export function createSkillHolders(order: (a: Profile, b: Profile) => number, from?: SkillIndexState) {
  // skill key → (profile id → skill)
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
      if (!holders.has(key)) {
        names.set(key, skill.name);
        vocabulary.add(key, [key]);
        const words = nameWords(skill.name);
        if (words.length > 1) byWord.add(key, words);
      }
      const byProfile = getOrCreate(holders, key, () => new Map<string, Skill>());
      if (byProfile.has(profile.id)) continue;
      byProfile.set(profile.id, skill);
      const list = profile.listed ? listedSorted.get(key) : undefined;
      list?.splice(placeOf(list, profile), 0, profile);
    }
  }

  /** Where `profile` is, or would go, in a list sorted by `order` (a binary search). */
  function placeOf(list: readonly Profile[], profile: Profile): number {
    let [lo, hi] = [0, list.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (order(list[mid]!, profile) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Takes out `profile`, the version that was added. */
  function remove(profile: Profile): void {
    for (const [key] of listedSkills(profile)) {
      const list = listedSorted.get(key);
      const at = list ? placeOf(list, profile) : -1;
      if (list?.[at]?.id === profile.id) list.splice(at, 1);
      const byProfile = holders.get(key);
      byProfile?.delete(profile.id);
      if (byProfile?.size === 0) {
        listedSorted.delete(key);
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

  /**
   * What an unknown term was meant to be: the listed spellings within a few typos of it (the closest
   * ones), else the multi-word skills it is a word of ("spark" → "Apache Spark"). A term that is itself
   * a technology is never corrected: "java" stays Java even when only JavaScript is listed.
   */
  function correctedSpellings(term: string): { name: string; keys: string[] } {
    const none = { name: term, keys: [] };
    if (knownTechnology(term, (k) => names.get(k))) return none;
    const key = foldSkillKey(term);
    if (CONCEPTS.has(key)) return none;
    const max = allowedTypos(key.length);
    // Every listed spelling within the allowed typos (a trigram count rules out the rest of the
    // vocabulary before any edit distance), the nearest ones kept.
    const near = max > 0 ? vocabulary.withinEdits(key.slice(0, FUSE_PATTERN_MAX), max) : [];
    // Equally near spellings all count; the one most people list names the reading ("net.js": Next.js).
    // A short word typed with another first letter is most often another word ("rest" is not "Jest",
    // "gift" not "Git"): short spellings are corrected only when their first letter stays.
    const kept = key.length > SHORT_WORD ? near : near.filter((n) => n.token[0] === key[0]);
    let keys = kept
      .filter((n) => n.distance === kept[0]!.distance)
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

  const readHolders: ReadonlyMap<string, ReadonlyMap<string, Skill>> = holders;
  const readNames: ReadonlyMap<string, string> = names;
  return {
    holders: readHolders,
    names: readNames,
    add,
    remove,
    listedByName,
    correctedSpellings,
    widerSkills,
    complete,
    /** What a kept index saves of it (index-snapshot.ts). */
    state: (): SkillIndexState => ({ holders, names, vocabulary, byWord }),
  };
}
