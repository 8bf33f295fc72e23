// Typo distance: insertions, deletions, substitutions and swapped neighbours, bounded.
import { describe, expect, it } from 'vitest';
import { allowedTypos, editDistance } from '../../../src/search/edit-distance.js';

describe('editDistance', () => {
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('rmaan', 'raman', 2)).toBe(1);
    expect(editDistance('terrafrom', 'terraform', 2)).toBe(1);
  });

  it('counts a missing letter as one edit', () => {
    expect(editDistance('rajt', 'rajat', 2)).toBe(1);
  });

  it('stops at max + 1 for words further apart', () => {
    expect(editDistance('realm', 'react', 1)).toBe(2);
    expect(editDistance('java', 'javascript', 2)).toBe(3);
  });

  it('allows no typo below four letters and two from eight', () => {
    expect(allowedTypos(3)).toBe(0);
    expect(allowedTypos(5)).toBe(1);
    expect(allowedTypos(9)).toBe(2);
  });
});
