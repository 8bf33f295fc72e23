// A generated corpus of realistic profiles parses with no rejection (timings: see the 1,000-profile measurement).
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { generateProfile } from '../../bench/markdown-corpus.js';

describe('parseProfile on a generated corpus', () => {
  it('parses 200 generated profiles into valid profiles with their names', () => {
    const encoder = new TextEncoder();
    for (let n = 0; n < 200; n++) {
      const { file, text } = generateProfile(n);
      const result = parseProfile(encoder.encode(text), file);
      if (!result.ok) throw new Error(`${file}: ${result.rejected.reason}`);
      expect(result.profile.name).toMatch(/^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u);
      expect(result.profile.sections.some((s) => s.kind === 'experience')).toBe(true);
    }
  });
});
