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
  docsWith(token: string): D[];
  /** Documents holding every one of these exact words. */
  docsWithAll(tokens: readonly string[]): D[];
  /** The word itself (if indexed), words it starts (prefix ≥ 3 chars) and similar words, best first. */
  expand(token: string, options?: { limit?: number; minSimilarity?: number; prefix?: boolean }): Expansion[];
  /**
   * Documents holding any (expanded) query word, with the share of the query's words each holds, every
   * word weighted by how close the matched word is (1 = every word, exactly); only those ≥ `min`.
   */
  coverage(
    words: readonly string[],
    options: { limit: number; minSimilarity: number; min?: number },
    accept?: (doc: D) => boolean,
  ): [D, number][];
  /** Indexed words starting with `prefix` (a scan of the vocabulary: distinct words, not documents). */
  wordsStartingWith(prefix: string): string[];
  readonly vocabularySize: number;
}

const EMPTY: ReadonlySet<never> = new Set();

// Documents get small integer ids inside the index: postings are sets of numbers, and coverage adds up
// scores in reusable typed arrays instead of maps keyed by strings (a phrase query at 50k profiles
// touches ~60,000 postings).
export function createTokenIndex<D>(): TokenIndex<D> {
  const postings = new Map<string, Set<number>>();
  const idOf = new Map<D, number>();
  const docs: (D | undefined)[] = [];
  const tokensOf: (readonly string[] | undefined)[] = [];
  const free: number[] = [];
  const byTrigram = new Map<string, Set<string>>();
  let total = new Float64Array(0);
  let best = new Float64Array(0);

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
  const toDocs = (ids: Iterable<number>): D[] => {
    const out: D[] = [];
    for (const n of ids) out.push(docs[n] as D);
    return out;
  };

  const index: TokenIndex<D> = {
    add(doc, tokens) {
      index.remove(doc);
      const n = free.pop() ?? docs.length;
      idOf.set(doc, n);
      docs[n] = doc;
      const unique: string[] = [];
      for (const token of new Set(tokens)) {
        let set = postings.get(token);
        if (!set) {
          set = new Set<number>();
          postings.set(token, set);
          addWord(token);
        }
        set.add(n);
        unique.push(token);
      }
      tokensOf[n] = unique;
    },
    remove(doc) {
      const n = idOf.get(doc);
      if (n === undefined) return;
      for (const token of tokensOf[n] ?? []) {
        const set = postings.get(token);
        set?.delete(n);
        if (set?.size === 0) {
          postings.delete(token);
          dropWord(token);
        }
      }
      idOf.delete(doc);
      docs[n] = undefined;
      tokensOf[n] = undefined;
      free.push(n);
    },
    docsWith: (token) => toDocs(postings.get(token) ?? EMPTY),
    docsWithAll(tokens) {
      if (tokens.length === 0) return [];
      const sets = tokens.map((t) => postings.get(t) ?? (EMPTY as ReadonlySet<number>));
      const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
      const out: D[] = [];
      for (const n of smallest ?? EMPTY) if (rest.every((s) => s.has(n))) out.push(docs[n] as D);
      return out;
    },
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
      if (total.length < docs.length) {
        total = new Float64Array(docs.length * 2);
        best = new Float64Array(docs.length * 2);
      }
      const touched: number[] = [];
      for (const word of words) {
        const seen: number[] = [];
        for (const { token, similarity } of index.expand(word, { ...options, prefix: true })) {
          for (const n of postings.get(token) ?? EMPTY) {
            if (best[n] === 0) {
              if (accept && !accept(docs[n] as D)) continue;
              seen.push(n);
            }
            if (similarity > best[n]!) best[n] = similarity;
          }
        }
        for (const n of seen) {
          if (total[n] === 0) touched.push(n);
          total[n]! += best[n]! / words.length;
          best[n] = 0;
        }
      }
      const min = options.min ?? 0;
      const out: [D, number][] = [];
      for (const n of touched) {
        if (total[n]! >= min) out.push([docs[n] as D, total[n]!]);
        total[n] = 0;
      }
      return out;
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
