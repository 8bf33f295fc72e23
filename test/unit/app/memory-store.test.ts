// The per-replica StateStore: set-if-absent, counters and values with TTLs, bounded memory.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/state/memory-store.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createMemoryStore', () => {
  it('stores a key once, refuses it until its TTL passes, then takes it again', async () => {
    const c = clock();
    const store = createMemoryStore({ now: c.now });
    expect(await store.setIfAbsent('seen:a', 1000)).toBe(true);
    expect(await store.setIfAbsent('seen:a', 1000)).toBe(false);
    expect(await store.setIfAbsent('seen:b', 1000)).toBe(true);
    c.advance(1000);
    expect(await store.setIfAbsent('seen:a', 1000)).toBe(true);
  });

  it('counts within the TTL that the first increment started, then starts over', async () => {
    const c = clock();
    const store = createMemoryStore({ now: c.now });
    expect([await store.increment('n', 500), await store.increment('n', 500)]).toEqual([1, 2]);
    c.advance(400);
    expect(await store.increment('n', 500)).toBe(3);
    c.advance(100);
    expect(await store.increment('n', 500)).toBe(1);
  });

  it('returns a value until it expires, and null for keys never set', async () => {
    const c = clock();
    const store = createMemoryStore({ now: c.now });
    await store.set('page:x', '{"args":{}}', 15 * 60_000);
    expect(await store.get('page:x')).toBe('{"args":{}}');
    expect(await store.get('page:y')).toBeNull();
    c.advance(15 * 60_000);
    expect(await store.get('page:x')).toBeNull();
  });

  it('keeps memory bounded by evicting the oldest entries', async () => {
    const store = createMemoryStore({ max: 100 });
    for (let i = 0; i < 10_000; i++) await store.setIfAbsent(`seen:${i}`, 60_000);
    expect(store.size).toBe(100);
    expect(await store.setIfAbsent('seen:9999', 60_000)).toBe(false);
    expect(await store.setIfAbsent('seen:0', 60_000)).toBe(true);
  });

  it('reports itself as per-replica memory', () => {
    expect(createMemoryStore().status()).toEqual({ kind: 'memory' });
  });
});
