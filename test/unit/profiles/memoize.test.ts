// memoize: the same answers as the function, each short spelling computed once, and a bounded cache.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../../src/profiles/model/memoize.js';

describe('memoize', () => {
  it('computes a short spelling once and returns the same answer after', () => {
    const calls: string[] = [];
    const upper = memoize((s: string) => {
      calls.push(s);
      return s.toUpperCase();
    });
    expect([upper('rust'), upper('rust'), upper('go'), upper('rust')]).toEqual([
      'RUST',
      'RUST',
      'GO',
      'RUST',
    ]);
    expect(calls).toEqual(['rust', 'go']);
  });

  it('does not keep long strings, and starts again when full', () => {
    const calls: string[] = [];
    const id = memoize((s: string) => {
      calls.push(s);
      return s;
    }, 2);
    const long = 'x'.repeat(500);
    id(long);
    id(long);
    expect(calls).toEqual([long, long]);
    for (const s of ['a', 'b', 'c', 'a']) id(s);
    // 'c' found the cache full (a, b) and emptied it, so 'a' is computed again.
    expect(calls.slice(2)).toEqual(['a', 'b', 'c', 'a']);
  });
});
