// IndexSnapshot: the word indexes of a built ProfileIndex (people and skills) as plain JSON data, and back.
// `ask` keeps one in the parse cache beside the profiles it was built from, so a start restores maps
// instead of folding names and counting trigrams for everyone again. A restored index holds exactly what
// the built one held, in the same order (maps iterate in insertion order, ids number the same documents).
import type { Profile, Skill } from '../profiles/model/profile.js';
import { foldSkillKey } from '../profiles/vocabulary/skill-aliases.js';
import { type NumberingSnapshot, ownNumbering } from './doc-numbering.js';
import { createTokenIndex, type TokenIndex } from './token-index.js';
import type { VocabularySnapshot } from './trigram-vocabulary.js';

export interface TokenIndexSnapshot<D> {
  numbering: NumberingSnapshot<D>;
  /** In the order the words were first indexed (wordsStartingWith lists them so). */
  postings: [string, number | number[]][];
  vocabulary: VocabularySnapshot;
}

/** The token index a snapshot was taken of, holding and answering exactly as it did. */
export const restoreTokenIndex = <D>(from: TokenIndexSnapshot<D>): TokenIndex<D> =>
  createTokenIndex(ownNumbering(from.numbering), from);

/** What createPersonIndex holds (resolve-person.ts). */
export interface PersonIndexState {
  tokens: TokenIndex<string>;
  headlines: TokenIndex<string>;
  /** Each id's folded names, in the order they were indexed. */
  namesById: Map<string, string[]>;
}

/** What createSkillIndex holds (skill-search.ts): each skill key's holders and the skill they list. */
export interface SkillIndexState {
  holders: Map<string, Map<string, Skill>>;
  names: Map<string, string>;
  vocabulary: TokenIndex<string>;
  byWord: TokenIndex<string>;
}

export interface IndexSnapshot {
  people: {
    tokens: TokenIndexSnapshot<string>;
    headlines: TokenIndexSnapshot<string>;
    names: [string, string[]][];
  };
  skills: {
    /** Per skill key: its display name and each holder's id with the position of the skill in their skills. */
    holders: [string, string, [string, number][]][];
    vocabulary: TokenIndexSnapshot<string>;
    byWord: TokenIndexSnapshot<string>;
  };
}

export function snapshotOf(
  people: PersonIndexState,
  skills: SkillIndexState,
  get: (id: string) => Profile | undefined,
): IndexSnapshot {
  return {
    people: {
      tokens: people.tokens.snapshot(),
      headlines: people.headlines.snapshot(),
      names: [...people.namesById],
    },
    skills: {
      holders: Array.from(skills.holders, ([key, byProfile]) => [
        key,
        skills.names.get(key) ?? '',
        Array.from(byProfile, ([id, skill]): [string, number] => [id, get(id)?.skills.indexOf(skill) ?? -1]),
      ]),
      vocabulary: skills.vocabulary.snapshot(),
      byWord: skills.byWord.snapshot(),
    },
  };
}

export function restorePeople(data: IndexSnapshot['people']): PersonIndexState {
  return {
    tokens: restoreTokenIndex(data.tokens),
    headlines: restoreTokenIndex(data.headlines),
    namesById: new Map(data.names),
  };
}

/**
 * One skill's holders restored from a snapshot: the ids are there at once, each holder's Skill object is
 * looked up in their profile on first read (a one-off answer reads a few: profiles decode their skills
 * on demand, cache-entry.ts). Reads through any Map method see the same entries a built index holds.
 */
class KeptHolders extends Map<string, Skill> {
  readonly #at = new Map<string, number>();
  constructor(
    readonly key: string,
    held: readonly [string, number][],
    readonly profileOf: (id: string) => Profile | undefined,
  ) {
    super();
    for (const [id, at] of held) {
      super.set(id, undefined as unknown as Skill); // a place in the order, filled on first read
      this.#at.set(id, at);
    }
  }
  override get(id: string): Skill | undefined {
    const at = this.#at.get(id);
    if (at === undefined) return super.get(id);
    const skill = this.profileOf(id)?.skills[at];
    // The snapshot's sum and the key of its profiles' entries vouch for it; a misfit can only be forged.
    if (!skill || foldSkillKey(skill.name) !== this.key)
      throw new Error(`the kept index names a skill of "${id}" it does not have`);
    this.#at.delete(id);
    super.set(id, skill);
    return skill;
  }
  override set(id: string, skill: Skill): this {
    this.#at.delete(id);
    return super.set(id, skill);
  }
  override delete(id: string): boolean {
    this.#at.delete(id);
    return super.delete(id);
  }
  override *entries(): MapIterator<[string, Skill]> {
    for (const id of this.keys()) yield [id, this.get(id)!];
  }
  override [Symbol.iterator](): MapIterator<[string, Skill]> {
    return this.entries();
  }
  override *values(): MapIterator<Skill> {
    for (const id of this.keys()) yield this.get(id)!;
  }
  override forEach(visit: (skill: Skill, id: string, map: Map<string, Skill>) => void): void {
    for (const id of this.keys()) visit(this.get(id)!, id, this);
  }
}

/** The skill indexes over `get`'s profiles; throws when the snapshot names someone they do not hold. */
export function restoreSkills(
  data: IndexSnapshot['skills'],
  get: (id: string) => Profile | undefined,
): SkillIndexState {
  const holders = new Map<string, Map<string, Skill>>();
  const names = new Map<string, string>();
  for (const [key, name, held] of data.holders) {
    names.set(key, name);
    for (const [id, at] of held)
      if (!get(id) || !Number.isInteger(at) || at < 0)
        throw new Error(`the kept index names a skill of "${id}" it does not have`);
    holders.set(key, new KeptHolders(key, held, get));
  }
  return {
    holders,
    names,
    vocabulary: restoreTokenIndex(data.vocabulary),
    byWord: restoreTokenIndex(data.byWord),
  };
}
