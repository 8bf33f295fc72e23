// createPersonIndex: names, handles, aliases and ids → a person, with typos and diacritics folded, and
// an honest "ambiguous" when two people score too close to pick one (ranking: rank-people.ts).
import type { Profile } from '../profiles/model/profile.js';
import { foldText, wordTokens } from '../text/fold-text.js';
import { byNameOnly } from './by-name-only.js';
import { getOrCreate } from './get-or-create.js';
import { createHeadlineIndex } from './headline-index.js';
import type { PersonIndexState } from './index-snapshot.js';
import { createLookAlikeNames } from './look-alike-names.js';
import { byName } from './name-order.js';
import { nameCoverage, rankPeople, withinNameTypos } from './rank-people.js';
import { AMBIGUITY_MARGIN, CANDIDATES } from './search-keys.js';
import type { Resolution } from './search-types.js';
import { sharingNickname } from './shared-nickname.js';
import { createTokenIndex } from './token-index.js';
import { topK } from './top-k.js';
import { createTransliteratedNames } from './transliterated-names.js';
import { wholeNameIn } from './whole-name.js';

const namesOf = (p: Profile) => [p.name, p.handle ?? '', ...p.aliases, p.id].filter(Boolean);

/** Names this short are only typos of a name they start ("jo" → Joanna), never of another one. */
const SHORT_NAME = 3;

/** `from`: what an index held when it was kept (index-snapshot.ts); otherwise it starts empty. */
export function createPersonIndex(get: (id: string) => Profile | undefined, from?: PersonIndexState) {
  const tokens = from?.tokens ?? createTokenIndex<string>();
  // Headline words ("firmware engineer"), for people described instead of named.
  const headlines = createHeadlineIndex(get, from?.headlines);
  const exact = new Map<string, Set<string>>();
  // The folded names each id was indexed under, so a removal undoes exactly what was added.
  const namesById = from?.namesById ?? new Map<string, string[]>();
  const lookAlikes = createLookAlikeNames(get);
  const otherScripts = createTransliteratedNames(tokens, get);
  // Added in this order, so each name's ids are in the order they were added.
  for (const [id, names] of namesById) {
    for (const key of names) getOrCreate(exact, key, () => new Set<string>()).add(id);
    otherScripts.add(names);
    const profile = get(id);
    if (profile) lookAlikes.add(profile);
  }

  /** Indexes a profile not indexed yet (`remove` the previous version of it first). */
  function add(profile: Profile): void {
    const names = namesOf(profile).map(foldText).filter(Boolean);
    namesById.set(profile.id, names);
    const words = names.flatMap((n) => n.split(' '));
    tokens.add(profile.id, words);
    otherScripts.add(words);
    for (const key of names) getOrCreate(exact, key, () => new Set<string>()).add(profile.id);
    headlines.add(profile);
    lookAlikes.add(profile);
  }

  /** Takes out `profile`, the version that was added. */
  function remove(profile: Profile): void {
    const { id } = profile;
    const names = namesById.get(id) ?? [];
    const words = names.flatMap((n) => n.split(' '));
    tokens.remove(id, words);
    otherScripts.remove(words);
    headlines.remove(profile);
    lookAlikes.remove(profile);
    for (const key of names) {
      const ids = exact.get(key);
      ids?.delete(id);
      if (ids?.size === 0) exact.delete(key);
    }
    namesById.delete(id);
  }

  /** Ids with a name, handle or alias starting with the folded prefix, or one of whose words does. */
  function startingWith(folded: string): string[] {
    const first = folded.split(' ')[0] ?? '';
    const ids = new Set<string>();
    for (const word of tokens.wordsStartingWith(first)) for (const id of tokens.docsWith(word)) ids.add(id);
    // One word: every id found has a name word starting with it. Several: check the whole prefix.
    if (first === folded) return [...ids];
    return [...ids].filter((id) =>
      (namesById.get(id) ?? []).some(
        (n) => n.startsWith(folded) || n.split(' ').some((w) => w.startsWith(folded)),
      ),
    );
  }

  const candidates = (query: string) => nameCoverage(tokens, query);
  const rank = (query: string) => rankPeople(tokens, get, query);
  const withinTypos = (query: string) => withinNameTypos(tokens, get, query);

  /**
   * Whoever the query names; one whose name looks like another's spelt otherwise (a Cyrillic а for a
   * Latin a) is "which one?" with them, unless the query is their id: the asker cannot tell them apart.
   */
  function resolve(query: string): Resolution<Profile> {
    const typed = otherScripts.widen(query, resolveNamed(query));
    const found = byNameOnly(query, typed, (id) => namesById.get(id) ?? []);
    if (found.status === 'not_found') return found;
    const named = found.status === 'found' ? [found.value] : found.candidates;
    const alike = named.flatMap((p) => lookAlikes.of(p, (key) => exact.get(key) ?? []));
    if (alike.length === 0 || (found.status === 'found' && query.trim().toLowerCase() === found.value.id))
      return found;
    const candidates = topK([...new Set([...named, ...alike])], CANDIDATES.person, byName);
    return { status: 'ambiguous', candidates };
  }

  function resolveNamed(query: string): Resolution<Profile> {
    const folded = foldText(query);
    if (!folded) return { status: 'not_found', suggestions: [] };
    const exactIds = [...(exact.get(folded) ?? [])];
    if (exactIds.length === 1) {
      const found = get(exactIds[0]!)!;
      const sharing = sharingNickname(found, folded, {
        startingWith,
        namesOf: (id) => namesById.get(id) ?? [],
        get,
      });
      if (sharing.length > 1) return { status: 'ambiguous', candidates: sharing };
      return { status: 'found', value: found, score: 1 };
    }
    // A file id names one person even when another answers to the same words ("mira-castell").
    const byId = exactIds.length > 1 ? get(query.trim().toLowerCase()) : undefined;
    if (byId && exactIds.includes(byId.id)) return { status: 'found', value: byId, score: 1 };
    if (exactIds.length > 1) return { status: 'ambiguous', candidates: exactIds.map((id) => get(id)!) };
    // Whole name words several people share ("diego" for three Diegos): always "which one?", however
    // much better one of them scores on a handle or file name that also starts with the word.
    const sharing = topK(
      tokens
        .docsWithAll(folded.split(' '))
        .flatMap((id) => get(id) ?? [])
        .filter((p) => p.listed && sharesName(p, folded)),
      10,
      byName,
    );
    if (sharing.length > 1) return { status: 'ambiguous', candidates: sharing };
    const scored = rank(query);
    // A short word that starts no one's name ("ana" with only a Hana) is someone else, not a typo: ask.
    if (folded.length <= SHORT_NAME && !folded.includes(' ') && startingWith(folded).length === 0) {
      const near = [...withinTypos(query), ...scored.map((s) => s.profile)];
      return { status: 'not_found', suggestions: [...new Set(near)].slice(0, 3) };
    }
    const [best, second] = scored;
    const unclear = !best || best.score < 0.5 || (second && best.score - second.score < AMBIGUITY_MARGIN);
    if (unclear) {
      // One- and two-letter typos in a first name or surname ("rajt", "rmaan"): whoever is that near.
      const near = withinTypos(query);
      if (near.length === 1) return { status: 'found', value: near[0]!, score: 0.6 };
      if (near.length > 1) return { status: 'ambiguous', candidates: near };
      // "nguyen thi mai", "ana maria souza": the whole name in another order or with a middle name.
      const fuller = wholeNameIn(wordTokens(query), candidates(query), get);
      if (fuller) return { status: 'found', value: fuller, score: 0.6 };
    }
    if (!best || best.score < 0.5) {
      return {
        status: 'not_found',
        suggestions: scored
          .filter((s) => s.score >= 0.3)
          .slice(0, 3)
          .map((s) => s.profile),
      };
    }
    if (second && best.score - second.score < AMBIGUITY_MARGIN) {
      return {
        status: 'ambiguous',
        // Too close to pick: no order between them either, so name order (as for shared names).
        candidates: topK(
          scored.filter((s) => best.score - s.score < AMBIGUITY_MARGIN).map((s) => s.profile),
          CANDIDATES.person,
          byName,
        ),
      };
    }
    return { status: 'found', value: best.profile, score: best.score };
  }

  /** Whether every word of `folded` is a word of the person's name (not just of a handle or id). */
  function sharesName(p: Profile, folded: string): boolean {
    const own = new Set(foldText(p.name).split(' '));
    return folded.split(' ').every((w) => own.has(w));
  }

  const state = (): PersonIndexState => ({ tokens, headlines: headlines.tokens, namesById });
  const isNameWord = (word: string): boolean => tokens.holderCount(word) > 0;
  // An intersection of the words' postings: no scoring, no fuzzy pass over everyone sharing one of them.
  const isNameOfOne = (words: readonly string[]): boolean =>
    words.length > 0 && tokens.docsWithAll(words).length > 0;
  return {
    add,
    remove,
    resolve,
    rank,
    startingWith,
    isNameWord,
    isNameOfOne,
    withHeadline: headlines.withHeadline,
    state,
  };
}
