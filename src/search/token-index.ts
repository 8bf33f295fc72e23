// createTokenIndex: an inverted index (word → documents) with a trigram index over its vocabulary, so a
// misspelt word finds the words it was meant to be. It only picks candidates; fuse.js ranks them.
import { paddedTrigrams, trigramSimilarity } from './fold-text.js';
import { getOrCreate } from './get-or-create.js';

export interface Expansion {
  token: string;
  /** 1 for the word itself, else trigram similarity. */
  similarity: number;
}

export interface TokenIndex<D> {
  add(doc: D, tokens: readonly string[]): void;
  remove(doc: D): void;
  /** Documents holding exactly this word. */
  postings(token: string): ReadonlySet<D>;
  /** The word itself (if indexed), words it starts (prefix ≥ 3 chars) and similar words, best first. */
  expand(token: string, options?: { limit?: number; minSimilarity?: number; prefix?: boolean }): Expansion[];
  /**
   * For each document holding any (expanded) query word: the share of the query's words it holds,
   * each weighted by how close the matched word is (1 = every word, exactly).
   */
  coverage(
    words: readonly string[],
    options: { limit: number; minSimilarity: number },
    accept?: (doc: D) => boolean,
  ): Map<D, number>;
  /** Indexed words starting with `prefix` (a scan of the vocabulary: distinct words, not documents). */
  wordsStartingWith(prefix: string): string[];
  readonly vocabularySize: number;
}

const EMPTY: ReadonlySet<never> = new Set();

export function createTokenIndex<D>(): TokenIndex<D> {
  const postings = new Map<string, Set<D>>();
  const tokensOf = new Map<D, readonly string[]>();
  const byTrigram = new Map<string, Set<string>>();

  const addWord = (token: string) => {
    for (const gram of paddedTrigrams(token)) {
      getOrCreate(byTrigram, gram, () => new Set<string>()).add(token);
    }
  };
  const dropWord = (token: string) => {
    for (const gram of paddedTrigrams(token)) {
      const words = byTrigram.get(gram);
      words?.delete(token);
      if (words?.size === 0) byTrigram.delete(gram);
    }
  };

  const index: TokenIndex<D> = {
    add(doc, tokens) {
      index.remove(doc);
      const unique = [...new Set(tokens)];
      tokensOf.set(doc, unique);
      for (const token of unique) {
        if (!postings.has(token)) addWord(token);
        getOrCreate(postings, token, () => new Set<D>()).add(doc);
      }
    },
    remove(doc) {
      const tokens = tokensOf.get(doc);
      if (!tokens) return;
      tokensOf.delete(doc);
      for (const token of tokens) {
        const docs = postings.get(token);
        docs?.delete(doc);
        if (docs?.size === 0) {
          postings.delete(token);
          dropWord(token);
        }
      }
    },
    postings: (token) => postings.get(token) ?? EMPTY,
    expand(token, options = {}) {
      const limit = options.limit ?? 4;
      const min = options.minSimilarity ?? 0.5;
      const grams = paddedTrigrams(token);
      const counts = new Map<string, number>();
      for (const gram of grams)
        for (const word of byTrigram.get(gram) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
      const out: Expansion[] = [];
      for (const [word, shared] of counts) {
        // Cheap bound first: the Dice score can't beat 2·shared / (|a| + |b|).
        if (
          (2 * shared) / (grams.length + word.length + 2) < min * 0.8 &&
          !(options.prefix && word.startsWith(token))
        )
          continue;
        const similarity = word === token ? 1 : trigramSimilarity(grams, paddedTrigrams(word));
        const isPrefix = options.prefix === true && token.length >= 3 && word.startsWith(token);
        if (similarity >= min || isPrefix)
          out.push({ token: word, similarity: isPrefix ? Math.max(similarity, 0.75) : similarity });
      }
      return out
        .sort((a, b) => b.similarity - a.similarity || a.token.length - b.token.length)
        .slice(0, limit);
    },
    coverage(words, options, accept) {
      const total = new Map<D, number>();
      for (const word of words) {
        const best = new Map<D, number>();
        for (const { token, similarity } of index.expand(word, { ...options, prefix: true })) {
          for (const doc of index.postings(token)) {
            if (accept && !accept(doc)) continue;
            best.set(doc, Math.max(best.get(doc) ?? 0, similarity));
          }
        }
        for (const [doc, similarity] of best)
          total.set(doc, (total.get(doc) ?? 0) + similarity / words.length);
      }
      return total;
    },
    wordsStartingWith(prefix) {
      const out: string[] = [];
      for (const token of postings.keys()) if (token.startsWith(prefix)) out.push(token);
      return out;
    },
    get vocabularySize() {
      return postings.size;
    },
  };
  return index;
}
