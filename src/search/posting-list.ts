// PostingList: the documents (small integer ids) holding one word, in ascending order (so whether a document
// holds a word is a binary search). Most words are held by one document (a name, an address, a rare term):
// that one is stored as its bare id, with no object at all; more as an Int32Array whose element 0 is the
// count (4 bytes a document, no wrapper object).

export type PostingList = number | Int32Array;

export const countOf = (list: PostingList | undefined): number =>
  list === undefined ? 0 : typeof list === 'number' ? 1 : list[0]!;

/** Where `id` is, or would go, among the ids of an Int32Array list (1-based, as they are stored). */
function positionOf(list: Int32Array, id: number): number {
  let [lo, hi] = [1, list[0]! + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `id` is in the list. */
export function hasId(list: PostingList | undefined, id: number): boolean {
  if (list === undefined || typeof list === 'number') return list === id;
  const at = positionOf(list, id);
  return at <= list[0]! && list[at] === id;
}

/** The list with `id` in its place (an id already there is ignored). May return a new value. */
export function withId(list: PostingList | undefined, id: number): PostingList {
  if (list === undefined) return id;
  if (typeof list === 'number') {
    if (list === id) return list;
    const grown = new Int32Array(4);
    grown[0] = 2;
    grown[1] = Math.min(list, id);
    grown[2] = Math.max(list, id);
    return grown;
  }
  const size = list[0]!;
  // Documents are mostly numbered as they are added: the new one goes last, without a search.
  const at = list[size]! < id ? size + 1 : positionOf(list, id);
  if (at <= size && list[at] === id) return list;
  let ids = list;
  if (size + 1 === ids.length) {
    ids = new Int32Array(Math.max(4, Math.ceil(ids.length * 1.5)));
    ids.set(list);
  }
  ids.copyWithin(at + 1, at, size + 1);
  ids[at] = id;
  ids[0] = size + 1;
  return ids;
}

/** The list without `id`; undefined when empty. */
export function withoutId(list: PostingList | undefined, id: number): PostingList | undefined {
  if (list === undefined || typeof list === 'number') return list === id ? undefined : list;
  const size = list[0]!;
  const at = positionOf(list, id);
  if (at > size || list[at] !== id) return list;
  if (size === 2) return list[at === 1 ? 2 : 1];
  list.copyWithin(at, at + 1, size + 1);
  list[0] = size - 1;
  if (list.length > 16 && size - 1 < list.length / 4) return list.slice(0, size * 2);
  return list;
}

/** The ids, for iteration (a view, valid until the list changes). */
export function idsOf(list: PostingList | undefined): Int32Array {
  if (list === undefined) return NO_IDS;
  return typeof list === 'number' ? Int32Array.of(list) : list.subarray(1, list[0]! + 1);
}

const NO_IDS = new Int32Array(0);

/** Lists by word as plain JSON data (a kept index, index-snapshot.ts): a bare id, or the ids in order. */
export const listsToData = <K = string>(lists: ReadonlyMap<K, PostingList>): [K, number | number[]][] =>
  Array.from(lists, ([word, list]) => [
    word,
    typeof list === 'number' ? list : Array.from(list.subarray(1, list[0]! + 1)),
  ]);

/** The lists `listsToData` wrote, in the same order (each full: its next id grows it, as any full list). */
export function listsFromData<K = string>(
  data: readonly (readonly [K, number | readonly number[]])[],
): Map<K, PostingList> {
  const lists = new Map<K, PostingList>();
  for (const [word, ids] of data) {
    if (typeof ids === 'number') lists.set(word, ids);
    else {
      const list = new Int32Array(ids.length + 1);
      list[0] = ids.length;
      list.set(ids, 1);
      lists.set(word, list);
    }
  }
  return lists;
}
