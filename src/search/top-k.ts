// topK and compareNames: the best k of many candidates without sorting them all, and one name order.
// A whoknows for "Rust" at 50,000 profiles has ~12,000 holders but shows 10; sorting all of them by
// name with String#localeCompare cost more than the whole search.

const collator = new Intl.Collator('en', { sensitivity: 'variant' });

/** Names in the same order String#localeCompare gives, a collator made once. */
export const compareNames = (a: string, b: string): number => collator.compare(a, b);

/** The first `k` items of `items` under `compare`, in order; stable like Array#sort. */
export function topK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  if (k <= 0) return out;
  for (const item of items) {
    if (out.length === k && compare(item, out[k - 1]!) >= 0) continue;
    // Binary search for the first element the item beats; ties keep arrival order.
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(item, out[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    out.splice(lo, 0, item);
    if (out.length > k) out.pop();
  }
  return out;
}
