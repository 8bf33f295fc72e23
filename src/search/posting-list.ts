// PostingList: the documents (small integer ids) holding one word, in a growable Int32Array: 4 bytes a
// document where a Set<number> took ~50, the bulk of the index's heap at 50k profiles.

export interface PostingList {
  readonly token: string;
  ids: Int32Array;
  size: number;
}

export const newPostingList = (token: string): PostingList => ({ token, ids: new Int32Array(2), size: 0 });

export function appendId(list: PostingList, id: number): void {
  if (list.size === list.ids.length) {
    const grown = new Int32Array(Math.max(4, Math.ceil(list.size * 1.5)));
    grown.set(list.ids);
    list.ids = grown;
  }
  list.ids[list.size++] = id;
}

/** Removes `id`, keeping the others in order (ties in rankings then never depend on reload history). */
export function removeId(list: PostingList, id: number): void {
  const at = list.ids.subarray(0, list.size).indexOf(id);
  if (at < 0) return;
  list.ids.copyWithin(at, at + 1, list.size);
  list.size--;
  if (list.ids.length > 16 && list.size < list.ids.length / 4) list.ids = list.ids.slice(0, list.size * 2);
}

/** The ids, for iteration (a view, valid until the list changes). */
export const idsOf = (list: PostingList | undefined): Int32Array =>
  list?.ids.subarray(0, list.size) ?? NO_IDS;

const NO_IDS = new Int32Array(0);
