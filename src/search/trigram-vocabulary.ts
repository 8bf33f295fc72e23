// createTrigramVocabulary: distinct words indexed by their padded trigrams, so a misspelt word finds the
// words it was meant to be without a pass over the whole vocabulary (names at 50k profiles: ~15,000).
import { editDistance } from './edit-distance.js';
import {
  countOf,
  idsOf,
  listsFromData,
  listsToData,
  type PostingList,
  withId,
  withoutId,
} from './posting-list.js';
import { paddedTrigrams, type TrigramKey, trigramKey, trigramText } from './trigrams.js';

export interface Expansion {
  token: string;
  /** 1 for the word itself, else trigram similarity. */
  similarity: number;
}

export interface NearWord {
  token: string;
  /** Edits from the asked word (editDistance). */
  distance: number;
}

// One edit changes at most four padded trigrams (a swap of neighbours; a substitution three, an
// insertion two), so a word within `max` edits shares all but 4·max of the asked word's trigrams.
const TRIGRAMS_PER_EDIT = 4;

/** The vocabulary as plain data (a kept index): each trigram's word ids, and each id's word and trigram count. */
export interface VocabularySnapshot {
  byTrigram: [string, number | number[]][];
  words: string[];
  gramCount: number[];
  free: number[];
}

export function createTrigramVocabulary(from?: VocabularySnapshot) {
  // Words get small integer ids: counting shared trigrams in a typed array instead of a Map keyed by
  // word is most of a name lookup's time at 50k profiles (a common trigram is in thousands of words).
  // Each trigram's words as a posting list (4 bytes a word where a Set took ~25: most of the vocabulary's heap).
  // Keyed by trigramKey (a small integer for most trigrams); the snapshot keeps each trigram's text.
  const byTrigram: Map<TrigramKey, PostingList> = from
    ? listsFromData(from.byTrigram.map(([gram, ids]) => [trigramKey(gram, 0), ids]))
    : new Map();
  const words: string[] = from ? [...from.words] : [];
  // How many distinct trigrams each word has: with the shared count, that is its Dice similarity.
  const gramCount: number[] = from ? [...from.gramCount] : [];
  const free: number[] = from ? [...from.free] : [];
  // A dropped word keeps its place in `words` until its id is reused: free ids are not known words.
  const idOf = new Map<string, number>();
  const freed = new Set(free);
  words.forEach((word, id) => {
    if (!freed.has(id)) idOf.set(word, id);
  });
  let counts = new Int32Array(64);

  /** Calls `visit` once for each word sharing at least one of these (distinct) trigrams. */
  function eachSharing(
    grams: readonly string[],
    visit: (word: string, shared: number, grams: number) => void,
  ) {
    if (counts.length < words.length) counts = new Int32Array(words.length * 2);
    const touched: number[] = [];
    for (const gram of grams)
      for (const id of idsOf(byTrigram.get(trigramKey(gram, 0)))) if (counts[id]!++ === 0) touched.push(id);
    for (const id of touched) {
      const shared = counts[id]!;
      counts[id] = 0;
      visit(words[id]!, shared, gramCount[id]!);
    }
  }

  return {
    snapshot: (): VocabularySnapshot => ({
      byTrigram: listsToData(byTrigram).map(([key, ids]) => [trigramText(key), ids]),
      words: [...words],
      gramCount: [...gramCount],
      free: [...free],
    }),
    add(word: string): void {
      if (idOf.has(word)) return;
      const id = free.pop() ?? words.length;
      idOf.set(word, id);
      words[id] = word;
      // The padded trigrams walked in place (paddedTrigrams without its Set, arrays and strings: every
      // new word of every profile comes here); a trigram seen before in this word finds its list holding
      // the id already, so the distinct count is the number of lists that grew.
      const padded = `  ${word} `;
      let distinct = 0;
      for (let i = 0; i + 3 <= padded.length; i++) {
        const gram = trigramKey(padded, i);
        const list = byTrigram.get(gram);
        const before = countOf(list);
        const next = withId(list, id);
        if (countOf(next) > before) distinct++;
        if (next !== list) byTrigram.set(gram, next);
      }
      gramCount[id] = distinct;
    },
    drop(word: string): void {
      const id = idOf.get(word);
      if (id === undefined) return;
      for (const text of paddedTrigrams(word)) {
        const gram = trigramKey(text, 0);
        const list = byTrigram.get(gram);
        const next = withoutId(list, id);
        if (next === undefined) byTrigram.delete(gram);
        else if (next !== list) byTrigram.set(gram, next);
      }
      idOf.delete(word);
      free.push(id);
    },
    /** The word itself (if known), words it starts (prefix ≥ 3 chars) and similar words, best first. */
    expand(token: string, options: { limit?: number; minSimilarity?: number; prefix?: boolean } = {}) {
      const limit = options.limit ?? 4;
      const min = options.minSimilarity ?? 0.5;
      const grams = paddedTrigrams(token);
      const out: Expansion[] = [];
      eachSharing(grams, (word, shared, wordGrams) => {
        // Cheap bound first: the Dice score can't beat 2·shared / (|a| + |b|).
        if (
          (2 * shared) / (grams.length + word.length + 2) < min * 0.8 &&
          !(options.prefix && word.startsWith(token))
        )
          return;
        const similarity = word === token ? 1 : (2 * shared) / (grams.length + wordGrams);
        const isPrefix = options.prefix === true && token.length >= 3 && word.startsWith(token);
        if (similarity >= min || isPrefix)
          out.push({ token: word, similarity: isPrefix ? Math.max(similarity, 0.75) : similarity });
      });
      return out
        .sort((a, b) => b.similarity - a.similarity || a.token.length - b.token.length)
        .slice(0, limit);
    },
    /**
     * Every known word within `max` edits of `token`, nearest first: the trigram count rules out the
     * rest before any edit distance is computed. Complete when the word has more than 4·max trigrams
     * (length ≥ 4 for one edit, ≥ 8 for two: every skill typo); shorter words only reach words that
     * share a trigram with them.
     */
    withinEdits(token: string, max: number): NearWord[] {
      const grams = paddedTrigrams(token);
      const need = grams.length - TRIGRAMS_PER_EDIT * max;
      const out: NearWord[] = [];
      eachSharing(grams, (word, shared) => {
        if (shared < need || Math.abs(word.length - token.length) > max) return;
        const distance = editDistance(token, word, max);
        if (distance <= max) out.push({ token: word, distance });
      });
      return out.sort((a, b) => a.distance - b.distance || (a.token < b.token ? -1 : 1));
    },
  };
}
