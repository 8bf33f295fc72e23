// checkSnapshot: whether a kept index (index-snapshot.ts) is whole before anything is restored from it: every
// list the shape it is written in, every position and id it names one that exists. Its sum only proves
// that nobody damaged it by accident (a forger recomputes it): without this, a forged one that parsed
// would throw, or read out of range, while answering a question instead of being refused at load.
import type { IndexSnapshot, TokenIndexSnapshot } from './index-snapshot.js';

/** A kept index that does not fit its profiles (refused: the index is built afresh). */
export class KeptIndexMisfit extends Error {
  override name = 'KeptIndexMisfit';
}

const misfit = (what: string): never => {
  throw new KeptIndexMisfit(`the kept index is malformed (${what})`);
};

const isIndex = (value: unknown, below: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) < below;

function array(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) misfit(`${what} is not a list`);
  return value as unknown[];
}

function strings(value: unknown, what: string): string[] {
  const list = array(value, what);
  for (const item of list) if (typeof item !== 'string') misfit(`${what} holds a non-string`);
  return list as string[];
}

/** Posting lists over `size` ids, each a word with an id or ascending ids, every one `held`. */
function checkPostings(value: unknown, size: number, held: (id: number) => boolean, what: string) {
  const wrong = (id: unknown, last: number) => !isIndex(id, size) || id <= last || !held(id);
  for (const entry of array(value, what)) {
    const pair = array(entry, what);
    if (typeof pair[0] !== 'string') misfit(`${what} has a non-string word`);
    const ids = pair[1];
    if (typeof ids === 'number') {
      if (wrong(ids, -1)) misfit(`${what} names an id it lacks`);
      continue;
    }
    const list = array(ids, what);
    for (let i = 0; i < list.length; i++)
      if (wrong(list[i], i === 0 ? -1 : (list[i - 1] as number))) misfit(`${what} names an id it lacks`);
  }
}

/** Free ids: distinct, each below `size`, and (`isFree`) not in use. */
function checkFree(value: unknown, size: number, isFree: (id: number) => boolean, what: string) {
  const seen = new Set<number>();
  for (const id of array(value, what)) {
    if (!isIndex(id, size) || seen.has(id) || !isFree(id)) misfit(`${what} has a wrong free id`);
    seen.add(id as number);
  }
}

/** A token index over documents that are strings `numberOf` knows (each numbered once), of `known` in all. */
function checkTokenIndex(data: unknown, numberOf: Map<string, number>, what: string) {
  const { numbering, postings, vocabulary } = (data ?? {}) as Partial<TokenIndexSnapshot<string>>;
  const docs = array(numbering?.docs, `${what} documents`);
  const seen = new Uint8Array(numberOf.size);
  for (const doc of docs) {
    if (doc === null) continue;
    const n = typeof doc === 'string' ? numberOf.get(doc) : undefined;
    if (n === undefined || seen[n] === 1) misfit(`${what} numbers a wrong document`);
    seen[n as number] = 1;
  }
  checkFree(numbering?.free, docs.length, (id) => docs[id] === null, `${what} numbering`);
  checkPostings(postings, docs.length, (id) => docs[id] !== null, `${what} postings`);
  const words = strings(vocabulary?.words, `${what} vocabulary`);
  const counts = array(vocabulary?.gramCount, `${what} trigram counts`);
  if (counts.length !== words.length || counts.some((n) => !isIndex(n, Number.MAX_SAFE_INTEGER)))
    misfit(`${what} trigram counts`);
  checkFree(vocabulary?.free, words.length, () => true, `${what} vocabulary`);
  checkPostings(vocabulary?.byTrigram, words.length, () => true, `${what} trigrams`);
}

/**
 * Throws KeptIndexMisfit unless `data` is an IndexSnapshot over exactly `ids` (in order) whose every
 * position and id is one it has. What a holder's skill is can only be checked against their profile
 * (decoded on first read): KeptHolders does that when it is read.
 */
export function checkSnapshot(data: unknown, ids: readonly string[]): asserts data is IndexSnapshot {
  const snapshot = (data ?? {}) as Partial<IndexSnapshot>;
  const kept = strings(snapshot.ids, 'ids');
  if (kept.length !== ids.length || kept.some((id, at) => id !== ids[at]))
    throw new KeptIndexMisfit('the kept index is for other profiles, or for others in another order');
  const people = new Map(ids.map((id, at) => [id, at]));
  checkTokenIndex(snapshot.people?.tokens, people, 'name words');
  checkTokenIndex(snapshot.people?.headlines, people, 'headline words');
  const named = new Uint8Array(ids.length);
  for (const entry of array(snapshot.people?.names, 'names')) {
    const [at, names] = array(entry, 'names');
    if (!isIndex(at, ids.length) || named[at] === 1) misfit('names name a wrong person');
    strings(names, 'names');
    named[at as number] = 1;
  }
  const keys = new Map<string, number>();
  // Which skill last counted each person as a holder (a person holds a skill once).
  const heldBy = new Int32Array(ids.length);
  for (const entry of array(snapshot.skills?.holders, 'skill holders')) {
    const [key, name, held] = array(entry, 'skill holders');
    if (typeof key !== 'string' || typeof name !== 'string' || keys.has(key)) misfit('a wrong skill key');
    keys.set(key as string, keys.size);
    const list = array(held, 'skill holders');
    if (list.length === 0 || list.length % 2 !== 0) misfit('a skill with no holders');
    for (let i = 0; i < list.length; i += 2) {
      const at = list[i];
      if (!isIndex(at, ids.length) || heldBy[at] === keys.size) misfit('a skill holder it lacks');
      if (!isIndex(list[i + 1], Number.MAX_SAFE_INTEGER)) misfit('a wrong skill position');
      heldBy[at as number] = keys.size;
    }
  }
  checkTokenIndex(snapshot.skills?.vocabulary, keys, 'skill vocabulary');
  checkTokenIndex(snapshot.skills?.byWord, keys, 'skill words');
}
