// createTokenIndex: an inverted index (word → documents) with a trigram index over its vocabulary, so a
// misspelt word finds the words it was meant to be. It only picks candidates; fuse.js ranks them.

import { callerNumbering, type Numbering, ownNumbering } from './doc-numbering.js';
import type { TokenIndexSnapshot } from './index-snapshot.js';
import {
  countOf,
  hasId,
  idsOf,
  listsFromData,
  listsToData,
  type PostingList,
  withId,
  withoutId,
} from './posting-list.js';
import type { TokenIndex } from './token-index-types.js';
import { createTrigramVocabulary, type NearWord } from './trigram-vocabulary.js';

export type { NearWord, TokenIndex };

/** A token index over small integer documents the caller numbers (dense, reused after removal). */
export const createNumberedTokenIndex = (): TokenIndex<number> => createTokenIndex(callerNumbering());

// Documents get small integer ids inside the index: postings are Int32 lists, and coverage adds up
// scores in reusable typed arrays instead of maps keyed by strings (a phrase query at 50k profiles
// touches ~60,000 postings).
export function createTokenIndex<D>(
  numbering: Numbering<D> = ownNumbering<D>(),
  from?: Omit<TokenIndexSnapshot<D>, 'numbering'>,
): TokenIndex<D> {
  const postings = from ? listsFromData(from.postings) : new Map<string, PostingList>();
  const docs = {
    get length() {
      return numbering.extent;
    },
  };
  let mark = new Int32Array(0);
  let stamp = 0;
  const vocabulary = createTrigramVocabulary(from?.vocabulary);
  let total = new Float64Array(0);
  let best = new Float64Array(0);
  // nearAll's fewest edits per document: always written before read (guarded by `mark`), never reset.
  let edits = new Int32Array(0);
  let editSum = new Int32Array(0);
  const numbersOf = (among: readonly D[]): number[] =>
    among
      .map((doc) => numbering.numberOf(doc))
      .filter((n): n is number => n !== undefined)
      .sort((a, b) => a - b);
  const toDocs = (ids: Iterable<number>): D[] => {
    const out: D[] = [];
    for (const n of ids) out.push(numbering.docAt(n));
    return out;
  };

  const index: TokenIndex<D> = {
    add(doc, tokens) {
      const n = numbering.assign(doc);
      for (const token of tokens) {
        if (!token) continue;
        const posting = postings.get(token);
        // A repeated word: withId keeps the document once.
        if (posting === undefined) vocabulary.add(token);
        const next = withId(posting, n);
        if (next !== posting) postings.set(token, next);
      }
    },
    remove(doc, tokens) {
      const n = numbering.numberOf(doc);
      if (n === undefined) return;
      for (const token of tokens) {
        const posting = postings.get(token);
        if (posting === undefined) continue;
        const next = withoutId(posting, n);
        if (next === undefined) {
          postings.delete(token);
          vocabulary.drop(token);
        } else if (next !== posting) postings.set(token, next);
      }
      numbering.release(doc);
    },
    docsWith: (token) => toDocs(idsOf(postings.get(token))),
    holderCount: (token) => countOf(postings.get(token)),
    docsWithAll(tokens) {
      const lists = [...new Set(tokens)]
        .map((t) => idsOf(postings.get(t)))
        .sort((a, b) => a.length - b.length);
      if (lists.length === 0) return [];
      // Marks count how many lists each document of the shortest one has been seen in so far.
      if (mark.length < docs.length || stamp > 2 ** 30) [mark, stamp] = [new Int32Array(docs.length * 2), 0];
      const base = stamp;
      stamp += lists.length + 1;
      for (const n of lists[0]!) mark[n] = base + 1;
      lists.slice(1).forEach((ids, k) => {
        for (const n of ids) if (mark[n] === base + 1 + k) mark[n] = base + 2 + k;
      });
      return toDocs(lists[0]!.filter((n) => mark[n] === base + lists.length));
    },
    expand: (token, options = {}) => vocabulary.expand(token, options),
    withinEdits: (token, max) => vocabulary.withinEdits(token, max),
    holdsAll(doc, tokens) {
      const n = numbering.numberOf(doc);
      return n !== undefined && tokens.length > 0 && tokens.every((t) => hasId(postings.get(t), n));
    },
    nearAll(perWord) {
      if (perWord.length === 0) return [];
      if (mark.length < docs.length || stamp > 2 ** 30) [mark, stamp] = [new Int32Array(docs.length * 2), 0];
      if (edits.length < docs.length)
        [edits, editSum] = [new Int32Array(docs.length * 2), new Int32Array(docs.length * 2)];
      // mark[n] === base + k: document n held a near word of each of the first k entries.
      const base = stamp;
      stamp += perWord.length + 1;
      let alive: number[] = [];
      perWord.forEach((near, k) => {
        const next: number[] = [];
        for (const { token, distance } of near)
          for (const n of idsOf(postings.get(token))) {
            if (mark[n] === base + k + 1) edits[n] = Math.min(edits[n]!, distance);
            else if (k === 0 || mark[n] === base + k) {
              mark[n] = base + k + 1;
              edits[n] = distance;
              next.push(n);
            }
          }
        for (const n of next) editSum[n] = (k === 0 ? 0 : editSum[n]!) + edits[n]!;
        alive = next;
      });
      return alive.map((n) => [numbering.docAt(n), editSum[n]!]);
    },
    coverage(words, options, among) {
      if (total.length < docs.length) {
        total = new Float64Array(docs.length * 2);
        best = new Float64Array(docs.length * 2);
      }
      // In ascending order, as postings are: the documents come out in the order a walk would give.
      const within = among && numbersOf(among);
      const holders = (posting: PostingList | undefined) =>
        within ? within.filter((n) => hasId(posting, n)) : idsOf(posting);
      const touched: number[] = [];
      for (const word of words) {
        const seen: number[] = [];
        for (const { token, similarity } of index.expand(word, { ...options, prefix: true })) {
          for (const n of holders(postings.get(token))) {
            if (best[n] === 0) seen.push(n);
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
        if (total[n]! >= min) out.push([numbering.docAt(n), total[n]!]);
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
    snapshot() {
      if (!numbering.snapshot) throw new Error('token index: documents numbered by the caller are not kept');
      return {
        numbering: numbering.snapshot(),
        postings: listsToData(postings),
        vocabulary: vocabulary.snapshot(),
      };
    },
  };
  return index;
}
