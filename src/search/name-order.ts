// Name order: how people are listed (/people, autocomplete, ties in rankings), and the sorted list of
// everyone kept up to date one change at a time, so no query after a hot reload re-sorts 50,000 people.
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { compareNames } from './top-k.js';

export const byName = (a: Profile, b: Profile) => compareNames(a.name, b.name) || compareNames(a.id, b.id);

// Ranked lists break score ties by name thousands of times per query at 50k profiles: a folded name
// compared as plain strings costs a fraction of a collator call and orders Latin names the same way.
const sortKeys = new WeakMap<Profile, string>();
const sortKey = (p: Profile): string => {
  let key = sortKeys.get(p);
  if (key === undefined) {
    key = `${foldText(p.name)}\u0000${p.id}`;
    sortKeys.set(p, key);
  }
  return key;
};

export const byNameKey = (a: Profile, b: Profile) => {
  const [x, y] = [sortKey(a), sortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/**
 * The first `limit` people of `all` (in name order) that `pick` maps to something, stopping as soon as
 * it has them: for lists drawn from a large share of everyone, where sorting the share would block.
 */
export function firstInOrder<T>(
  all: readonly Profile[],
  pick: (p: Profile) => T | undefined,
  limit: number,
): T[] {
  const out: T[] = [];
  if (limit <= 0) return out;
  for (const p of all) {
    const picked = pick(p);
    if (picked !== undefined && out.push(picked) >= limit) break;
  }
  return out;
}

/** First position in `list` (sorted by byName) whose item does not sort before `p`. */
function lowerBound(list: readonly Profile[], p: Profile): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byName(list[mid]!, p) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Everyone in name order; `all()` is a snapshot that later changes never alter. The list is copied
 * only on the first change after a snapshot was handed out, so a batch of a thousand reloads costs
 * one copy and a thousand in-place moves, not a thousand copies.
 */
export function createSortedProfiles(initial: Iterable<Profile>) {
  let list = [...initial].sort(byName);
  let handedOut = false;
  return {
    all: (): readonly Profile[] => {
      handedOut = true;
      return list;
    },
    /** Swaps `previous` (if any) for `next` (if any). */
    replace(previous: Profile | undefined, next: Profile | undefined): void {
      if (handedOut) [list, handedOut] = [[...list], false];
      if (previous) {
        const at = lowerBound(list, previous);
        if (list[at]?.id === previous.id) list.splice(at, 1);
      }
      if (next) list.splice(lowerBound(list, next), 0, next);
    },
  };
}
