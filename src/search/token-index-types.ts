// TokenIndex: what the inverted index of words (token-index.ts) answers, as its users see it.
import type { TokenIndexSnapshot } from './index-snapshot.js';
import type { Expansion, NearWord } from './trigram-vocabulary.js';

export interface TokenIndex<D> {
  /** Indexes `doc` under its words (repeats and empty strings are ignored). */
  add(doc: D, tokens: Iterable<string>): void;
  /**
   * Takes `doc` out; `tokens` are the words it was added with (the caller derives them again, so the
   * index keeps no list of each document's words or postings: that was a third of its heap).
   */
  remove(doc: D, tokens: Iterable<string>): void;
  /** Documents holding exactly this word. */
  docsWith(token: string): D[];
  /** How many documents hold exactly this word. */
  holderCount(token: string): number;
  /** Documents holding every one of these exact words. */
  docsWithAll(tokens: readonly string[]): D[];
  /** The word itself (if indexed), words it starts (prefix ≥ 3 chars) and similar words, best first. */
  expand(token: string, options?: { limit?: number; minSimilarity?: number; prefix?: boolean }): Expansion[];
  /** Indexed words within `max` edits of `token` (typos), nearest first. */
  withinEdits(token: string, max: number): NearWord[];
  /**
   * Documents holding, for every entry of `perWord`, one of its near words; with the sum over entries
   * of the fewest edits (a typed name where each word may carry typos).
   */
  nearAll(perWord: readonly (readonly NearWord[])[]): [D, number][];
  /** Whether `doc` holds every one of these exact words (a binary search in each word's postings). */
  holdsAll(doc: D, tokens: readonly string[]): boolean;
  /**
   * Documents holding any (expanded) query word, with the share of the query's words each holds, every
   * word weighted by how close the matched word is (1 = every word, exactly); only those ≥ `min`.
   * With `among` (one person's sections), only those documents: each is looked up in a word's postings,
   * which are never walked (a common word's postings at 10,000 profiles cost a scoped search ~50 ms).
   */
  coverage(
    words: readonly string[],
    options: { limit: number; minSimilarity: number; min?: number },
    among?: readonly D[],
  ): [D, number][];
  /** Indexed words starting with `prefix` (a scan of the vocabulary: distinct words, not documents). */
  wordsStartingWith(prefix: string): string[];
  readonly vocabularySize: number;
  /** Everything it holds as plain data, for restoreTokenIndex (index-snapshot.ts; only with ownNumbering). */
  snapshot(): TokenIndexSnapshot<D>;
}
