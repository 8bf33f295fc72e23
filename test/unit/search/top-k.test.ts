// topK must agree with a full stable sort followed by slice, for any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, topK } from '../../../src/search/top-k.js';

describe('topK', () => {
  it('returns the same items as sorting everything and taking the first k', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 5 }), id: fc.nat() })),
        fc.nat(12),
        (items, k) => {
          const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;
          expect(topK(items, k, byScore)).toEqual([...items].sort(byScore).slice(0, k));
        },
      ),
    );
  });

  it('orders names like String#localeCompare, accents included', () => {
    const names = ['Élodie', 'eli', 'Zoë', 'ana', 'Ana', 'Ängel', 'Bo'];
    expect([...names].sort(compareNames)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});
