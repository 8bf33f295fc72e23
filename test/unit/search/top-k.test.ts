// topK must agree with a full stable sort followed by slice; foldText's ASCII fast path with the full path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNames, topK } from '../../../src/search/top-k.js';
import { foldText } from '../../../src/text/fold-text.js';

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

describe('foldText', () => {
  // The reference: the full Unicode path, which plain ASCII text skips (lowercased again after NFKD:
  // compatibility forms such as "𝐀" decompose to capitals).
  const reference = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();

  it('folds plain ASCII text exactly as the full Unicode path does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(foldText(text)).toBe(reference(text));
      }),
    );
  });

  it('folds ASCII mixed with punctuation, emoji and letters NFKD changes exactly as the full path does', () => {
    const extra = [...'–—…•’“”\u00a0\u2009\u2026\u203c\u2047éﬁＲ½ℹ', '👋', '🛠', '🚀', '🧠', '𝐀'];
    const unit = fc.oneof(fc.constantFrom(...extra), fc.string({ unit: 'binary-ascii', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(unit), (parts) => {
        const text = parts.join('');
        expect(foldText(text)).toBe(reference(text));
      }),
    );
  });

  it('strips accents and spells out ß outside ASCII', () => {
    expect(foldText('Brückner, Jürgen—Straße ÆØ')).toBe('bruckner jurgen strasse aeo');
  });
});
