// joinCapped gives what join + slice would, without building the whole string first.
import { describe, expect, it } from 'vitest';
import { joinCapped } from '../../../src/text/join-capped.js';

describe('joinCapped', () => {
  it('gives the joined parts cut at the cap, like join then slice', () => {
    const cases: [string[], string, number][] = [
      [['title', 'a long text here', 'item one', 'item two'], '\n', 12],
      [['title', 'text'], ' ', 100],
      [['', 'text', ''], '\n', 5],
      [['x'.repeat(50), 'y'], '\n', 50],
      [['x'.repeat(50), 'y'], '\n', 51],
      [[], '\n', 10],
    ];
    for (const [parts, separator, max] of cases)
      expect(joinCapped(parts, separator, max)).toBe(parts.join(separator).slice(0, max));
  });

  it('never cuts a character in half at the cap', () => {
    expect(joinCapped(['ab', 'c😀d'], ' ', 5)).toBe('ab c');
    expect(joinCapped(['ab', 'c😀d'], ' ', 6)).toBe('ab c😀');
  });

  it('stops reading parts once full', () => {
    let read = 0;
    const parts = (function* () {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield 'word';
      }
    })();
    expect(joinCapped(parts, ' ', 20)).toBe('word word word word ');
    expect(read).toBeLessThan(10);
  });
});
