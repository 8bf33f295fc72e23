// createSeenIds: a bounded, expiring set of delivery ids, so a repeated delivery is recognised (replays, retries).

export interface SeenIds {
  /** True the first time an id is offered (and remembers it); false for a repeat within the TTL. */
  firstTime(id: string): boolean;
  readonly size: number;
}

export function createSeenIds(options: { max: number; ttlMs: number; now?: () => number }): SeenIds {
  const now = options.now ?? Date.now;
  // A Map keeps insertion order, so the oldest entries are evicted first.
  const seen = new Map<string, number>();
  return {
    firstTime(id) {
      const at = now();
      const previous = seen.get(id);
      if (previous !== undefined && at - previous < options.ttlMs) return false;
      seen.delete(id);
      seen.set(id, at);
      for (const [key, time] of seen) {
        if (seen.size <= options.max && at - time < options.ttlMs) break;
        seen.delete(key);
      }
      return true;
    },
    get size() {
      return seen.size;
    },
  };
}
