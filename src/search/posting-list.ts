// PostingList: the documents (small integer ids) holding one word, in insertion order. Most words are held
// by one document (a name, an address, a rare term): that one is stored as its bare id, with no object at
// all; more as an Int32Array whose element 0 is the count (4 bytes a document, no wrapper object).

export type PostingList = number | Int32Array;

export const countOf = (list: PostingList | undefined): number =>
  list === undefined ? 0 : typeof list === 'number' ? 1 : list[0]!;

/** The list with `id` appended; a repeat of the last id appended is ignored. May return a new value. */
export function withId(list: PostingList | undefined, id: number): PostingList {
  if (list === undefined) return id;
  if (typeof list === 'number') {
    if (list === id) return list;
    const grown = new Int32Array(4);
    grown[0] = 2;
    grown[1] = list;
    grown[2] = id;
    return grown;
  }
  const size = list[0]!;
  if (list[size] === id) return list;
  let ids = list;
  if (size + 1 === ids.length) {
    ids = new Int32Array(Math.max(4, Math.ceil(ids.length * 1.5)));
    ids.set(list);
  }
  ids[size + 1] = id;
  ids[0] = size + 1;
  return ids;
}

/** The list without `id`, the others in order (ties in rankings never depend on removals); undefined when empty. */
export function withoutId(list: PostingList | undefined, id: number): PostingList | undefined {
  if (list === undefined || typeof list === 'number') return list === id ? undefined : list;
  const size = list[0]!;
  const at = list.subarray(1, size + 1).indexOf(id);
  if (at < 0) return list;
  if (size === 2) return list[at === 0 ? 2 : 1];
  list.copyWithin(at + 1, at + 2, size + 1);
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
