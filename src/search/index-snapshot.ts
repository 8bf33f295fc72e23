// IndexSnapshot: the word indexes of a built ProfileIndex (people and skills) as plain JSON data, and back.
// `ask` keeps one in the parse cache beside the profiles it was built from, so a start restores maps
// instead of folding names and counting trigrams for everyone again. A restored index holds exactly what
// the built one held, in the same order (maps iterate in insertion order, ids number the same documents).
import type { Profile, Skill } from '../profiles/model/profile.js';
import { foldSkillKey } from '../profiles/vocabulary/skill-aliases.js';
import { KeptIndexMisfit } from './check-snapshot.js';
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
  /** The index's profiles, in order: the rest names them by their position here. */
  ids: string[];
  people: {
    tokens: TokenIndexSnapshot<string>;
    headlines: TokenIndexSnapshot<string>;
    /** Each person's position with their folded names, in the order they were indexed. */
    names: [number, string[]][];
  };
  skills: {
    /** Per skill key: its display name, then each holder's position and that of the skill in their skills. */
    holders: [string, string, number[]][];
    vocabulary: TokenIndexSnapshot<string>;
    byWord: TokenIndexSnapshot<string>;
  };
}

export function snapshotOf(
  people: PersonIndexState,
  skills: SkillIndexState,
  profiles: ReadonlyMap<string, Profile>,
): IndexSnapshot {
  const ids = [...profiles.keys()];
  const position = new Map(ids.map((id, at) => [id, at]));
  const placeOf = (id: string) => position.get(id) ?? -1;
  return {
    ids,
    people: {
      tokens: people.tokens.snapshot(),
      headlines: people.headlines.snapshot(),
      names: Array.from(people.namesById, ([id, names]) => [placeOf(id), names]),
    },
    skills: {
      holders: Array.from(skills.holders, ([key, byProfile]) => [
        key,
        skills.names.get(key) ?? '',
        Array.from(byProfile).flatMap(([id, skill]) => [
          placeOf(id),
          profiles.get(id)?.skills.indexOf(skill) ?? -1,
        ]),
      ]),
      vocabulary: skills.vocabulary.snapshot(),
      byWord: skills.byWord.snapshot(),
    },
  };
}

/** The id at a position of the snapshot's profiles; throws for a position it does not have. */
function idAt(ids: readonly string[], at: number): string {
  const id = ids[at];
  if (id === undefined) throw new KeptIndexMisfit(`the kept index names a person at ${at} it does not have`);
  return id;
}

export function restorePeople(data: IndexSnapshot['people'], ids: readonly string[]): PersonIndexState {
  return {
    tokens: restoreTokenIndex(data.tokens),
    headlines: restoreTokenIndex(data.headlines),
    namesById: new Map(data.names.map(([at, names]) => [idAt(ids, at), names])),
  };
}

/**
 * One skill's holders restored from a snapshot: the ids are there at once, each holder's Skill object is
 * looked up in their profile on first read (a one-off answer reads a few: profiles decode their skills
 * on demand, cache-entry.ts). Reads through any Map method see the same entries a built index holds.
 */
class KeptHolders extends Map<string, Skill> {
  constructor(
    readonly key: string,
    held: readonly number[],
    ids: readonly string[],
    readonly profileOf: (id: string) => Profile | undefined,
  ) {
    super();
    // Each holder's place in the order at once, with the position of their skill until it is read.
    for (let i = 0; i + 1 < held.length; i += 2)
      super.set(idAt(ids, held[i]!), held[i + 1] as unknown as Skill);
  }
  override get(id: string): Skill | undefined {
    const held: Skill | number | undefined = super.get(id);
    if (typeof held !== 'number') return held;
    const skill = this.profileOf(id)?.skills[held];
    // Only a forged index or entry gets here (checkSnapshot checked the rest at load; a profile's skills
    // are decoded on first read): createProfileIndex builds the skills afresh and asks again.
    if (!skill || foldSkillKey(skill.name) !== this.key)
      throw new KeptIndexMisfit(`the kept index names a skill of "${id}" it does not have`);
    super.set(id, skill);
    return skill;
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
  ids: readonly string[],
  get: (id: string) => Profile | undefined,
): SkillIndexState {
  const holders = new Map<string, Map<string, Skill>>();
  const names = new Map<string, string>();
  for (const [key, name, held] of data.holders) {
    names.set(key, name);
    holders.set(key, new KeptHolders(key, held, ids, get));
  }
  return {
    holders,
    names,
    vocabulary: restoreTokenIndex(data.vocabulary),
    byWord: restoreTokenIndex(data.byWord),
  };
}
