// Parse time grows linearly with the input for every family of repeated units (test/fuzz/growth-families.ts):
// four times the units may cost at most 8× the CPU time (a quadratic cost is 16×). Each family here once
// grew quadratically: a 77 KB skills line took 3 s and crashed, 6,000 JSON Resume profiles took 7 s.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { GROWTH_FAMILIES } from '../../fuzz/growth-families.js';

/** CPU ms of the fastest of `runs` parses (a GC pause or a busy core is not the input's cost). */
function fastestParse(text: string, file: string, runs = 3): number {
  const bytes = new TextEncoder().encode(text);
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    parseProfile(bytes, file);
    const spent = process.cpuUsage(before);
    best = Math.min(best, (spent.user + spent.system) / 1000);
  }
  return best;
}

beforeAll(() => {
  // Warm-up: the first parse of each shape compiles the code it runs.
  for (const family of GROWTH_FAMILIES) fastestParse(family.make(family.n), family.file, 2);
});

describe('parse time against input size', () => {
  for (const family of GROWTH_FAMILIES) {
    // Each size starts at ~15 ms or more so timer noise is small; a retry absorbs a GC pause or a busy
    // core during one measure, while a quadratic family (16x) fails every time.
    it(`grows linearly in the number of ${family.name}`, { retry: 2 }, () => {
      const small = fastestParse(family.make(family.n), family.file);
      const large = fastestParse(family.make(4 * family.n), family.file);
      // A floor of 5 ms keeps timer noise on tiny inputs from reading as growth.
      expect(
        large,
        `${family.n}: ${small.toFixed(1)} ms, ${4 * family.n}: ${large.toFixed(1)} ms`,
      ).toBeLessThan(8 * Math.max(small, 5));
    });
  }
});
