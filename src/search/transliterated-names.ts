// createTransliteratedNames: name words by their romanisation key (text/latin-skeleton.ts), so a name
// typed in another script than the profile's finds its person ("vasily" or "kostin" → Василий Костин,
// "сергей" or "сергеем" → Sergey); only when the name as typed found no one, or only by a typo.
import type { Profile } from '../profiles/model/profile.js';
import { wordTokens } from '../text/fold-text.js';
import { latinSkeletons, nominativeForms } from '../text/latin-skeleton.js';
import { getOrCreate } from './get-or-create.js';
import { byName } from './name-order.js';
import { CANDIDATES } from './search-keys.js';
import type { Resolution } from './search-types.js';
import type { TokenIndex } from './token-index.js';
import { topK } from './top-k.js';

const ASCII = /^[\x00-\x7f]*$/;
/** A key this short is too little of a name to match across scripts ("ли", "ан"). */
const MIN_KEY = 3;
/** At or above this a name matched as typed (resolve-person.ts): no other reading is offered. */
const STRONG = 0.75;
/** Below an exact name (1) and a strong match: a Latin-named person who matches as typed wins. */
const SCORE = 0.6;

export function createTransliteratedNames(
  tokens: TokenIndex<string>,
  get: (id: string) => Profile | undefined,
) {
  // Romanisation key → the name words with that key, when the key is not the word itself (few words
  // are: Latin names with y, j, x, w or a doubled letter, and every name in another script).
  const byKey = new Map<string, Set<string>>();
  // Names taken before the first lookup that needs their keys, in order: most answers never do (a
  // name found as typed), and keying every name word cost ~10 % of building the people index.
  let pending: (readonly string[])[] | null = [];

  function addKeys(names: readonly string[]): void {
    for (const name of names)
      for (const word of name.split(' ')) {
        // Keyed late: a word whose holders were all taken out meanwhile has nothing left to find (keyed at
        // once, the token index has just taken the word).
        if (tokens.holderCount(word) === 0) continue;
        for (const key of latinSkeletons(word))
          if (key !== word) getOrCreate(byKey, key, () => new Set()).add(word);
      }
  }

  /** The keys of every name taken so far (those still pending are keyed now, in the order taken). */
  function keyed(): Map<string, Set<string>> {
    if (pending) {
      const names = pending;
      pending = null;
      for (const each of names) addKeys(each);
    }
    return byKey;
  }

  /** Takes a person's names or name words (after the token index took their words). */
  function add(names: readonly string[]): void {
    if (pending) pending.push(names);
    else addKeys(names);
  }

  /** Lets go of name words no one holds any more (after the token index let go of them). */
  function remove(words: readonly string[]): void {
    // Nothing keyed yet: the late keying skips words no one holds. Keying everyone here made the first
    // reload after a start (before any name lookup) one long slice: 340 ms at 50,000 profiles.
    if (pending) return;
    for (const word of words) {
      if (tokens.holderCount(word) > 0) continue;
      for (const key of latinSkeletons(word)) {
        const held = byKey.get(key);
        held?.delete(word);
        if (held?.size === 0) byKey.delete(key);
      }
    }
  }

  /** The name words with this key, in the typed word's script (Latin or not) or in another one. */
  function nameWords(key: string, ownScript: boolean, typedAscii: boolean): string[] {
    const words = [...(keyed().get(key) ?? []), ...(tokens.holderCount(key) > 0 ? [key] : [])];
    return words.filter((w) => (ASCII.test(w) === typedAscii) === ownScript);
  }

  /** Holders of a name word a typed word may spell: one in its own script first ("сергеем" → Сергей). */
  function holdersOf(word: string, among: Set<string> | undefined): Set<string> {
    const typedAscii = ASCII.test(word);
    // A Latin word has no case endings read and is never another spelling of a Latin name (typos are).
    for (const ownScript of typedAscii ? [false] : [true, false]) {
      const holders = new Set<string>();
      for (const form of nominativeForms(word))
        for (const key of latinSkeletons(form)) {
          if (key.length < MIN_KEY) continue;
          for (const nameWord of nameWords(key, ownScript, typedAscii))
            for (const id of tokens.docsWith(nameWord)) if (!among || among.has(id)) holders.add(id);
        }
      if (holders.size > 0) return holders;
    }
    return new Set();
  }

  /** Listed people holding, for each typed word (at most three), a name word it may spell. */
  function find(query: string): Profile[] {
    let ids: Set<string> | undefined;
    for (const word of wordTokens(query).slice(0, 3)) {
      ids = holdersOf(word, ids);
      if (ids.size === 0) return [];
    }
    return [...(ids ?? [])].flatMap((id) => {
      const p = get(id);
      return p?.listed ? [p] : [];
    });
  }

  /**
   * `typed`: how the name resolved as typed. A miss becomes whoever the name spells in another script; a
   * weak match (a typo) asks "which one?" with them; a strong or an ambiguous one stays as it is.
   */
  function widen(query: string, typed: Resolution<Profile>): Resolution<Profile> {
    if (typed.status === 'ambiguous' || (typed.status === 'found' && typed.score >= STRONG)) return typed;
    if (keyed().size === 0 && ASCII.test(query)) return typed;
    const across = find(query);
    const people = typed.status === 'found' ? [...new Set([typed.value, ...across])] : across;
    if (people.length === 0) return typed;
    if (people.length === 1)
      return typed.status === 'found' ? typed : { status: 'found', value: people[0]!, score: SCORE };
    return { status: 'ambiguous', candidates: topK(people, CANDIDATES.person, byName) };
  }

  return { add, remove, widen };
}
