// createMemoryStore: the per-replica StateStore: a bounded Map whose entries expire. The oldest
// entries are evicted past `max`, which errs on the side of answering (a forgotten id is answered again).
import type { StateStore } from './state-store.js';

export interface MemoryStoreOptions {
  /** Most entries kept (default 50,000). */
  max?: number;
  /** Milliseconds clock, injectable for tests. */
  now?: () => number;
}

interface Entry {
  value: string;
  expires: number;
}

export function createMemoryStore(options: MemoryStoreOptions = {}): StateStore & { readonly size: number } {
  const max = options.max ?? 50_000;
  const now = options.now ?? Date.now;
  // A Map keeps insertion order, so the oldest writes are evicted first.
  const entries = new Map<string, Entry>();

  function live(key: string, at: number): Entry | undefined {
    const entry = entries.get(key);
    if (entry && entry.expires > at) return entry;
    if (entry) entries.delete(key);
    return undefined;
  }

  function put(key: string, value: string, expires: number, at: number): void {
    entries.delete(key);
    entries.set(key, { value, expires });
    for (const [oldest, entry] of entries) {
      if (entries.size <= max && entry.expires > at) break;
      entries.delete(oldest);
    }
  }

  return {
    async setIfAbsent(key, ttlMs) {
      const at = now();
      if (live(key, at)) return false;
      put(key, '1', at + ttlMs, at);
      return true;
    },
    async increment(key, ttlMs) {
      const at = now();
      const entry = live(key, at);
      const count = entry ? Number(entry.value) + 1 : 1;
      if (entry) entry.value = String(count);
      else put(key, '1', at + ttlMs, at);
      return count;
    },
    async get(key) {
      return live(key, now())?.value ?? null;
    },
    async set(key, value, ttlMs) {
      const at = now();
      put(key, value, at + ttlMs, at);
    },
    status: () => ({ kind: 'memory' }),
    async close() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
