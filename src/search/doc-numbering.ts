// Numbering: how a token index's documents map to the small integer ids its posting lists hold.

/** How documents map to the small integer ids postings hold. */
export interface Numbering<D> {
  assign(doc: D): number;
  numberOf(doc: D): number | undefined;
  release(doc: D): void;
  docAt(n: number): D;
  /** One more than the largest id given out. */
  readonly extent: number;
  /** Its state as plain data, to give to ownNumbering again (a kept index); only ownNumbering has one. */
  snapshot?(): NumberingSnapshot<D>;
}

/** Which document each id stands for (null: a free id) and the free ids, in the order they are reused. */
export interface NumberingSnapshot<D> {
  docs: (D | null)[];
  free: number[];
}

/**
 * The index numbers its documents itself (a map from document to id, ids reused after removal); `from`
 * restores a snapshot of one.
 */
export function ownNumbering<D>(from?: NumberingSnapshot<D>): Numbering<D> {
  const docs: (D | undefined)[] = from ? from.docs.map((doc) => doc ?? undefined) : [];
  const free: number[] = from ? [...from.free] : [];
  const idOf = new Map<D, number>();
  docs.forEach((doc, n) => {
    if (doc !== undefined) idOf.set(doc, n);
  });
  return {
    snapshot: () => ({ docs: docs.map((doc) => doc ?? null), free: [...free] }),
    assign(doc) {
      if (idOf.has(doc)) throw new Error('token index: a document is added once (remove it first)');
      const n = free.pop() ?? docs.length;
      idOf.set(doc, n);
      docs[n] = doc;
      return n;
    },
    numberOf: (doc) => idOf.get(doc),
    release(doc) {
      const n = idOf.get(doc);
      if (n === undefined) return;
      idOf.delete(doc);
      docs[n] = undefined;
      free.push(n);
    },
    docAt: (n) => docs[n] as D,
    get extent() {
      return docs.length;
    },
  };
}

/**
 * The documents are small integers the caller gives out and reuses (section-search.ts numbers every
 * section of 50,000 profiles this way: no map entry and no object per section).
 */
export function callerNumbering(): Numbering<number> {
  let extent = 0;
  return {
    assign(n) {
      if (n >= extent) extent = n + 1;
      return n;
    },
    numberOf: (n) => n,
    release: () => undefined,
    docAt: (n) => n,
    get extent() {
      return extent;
    },
  };
}
