// Hostile profiles found by attacking the bot (issue 10): each one parses in well under 50 ms.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { splitSkillLine } from '../../../src/profiles/extract/split-skill-list.js';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { timeRun } from '../../fuzz/fuzz-targets.js';

const ROOT = join(import.meta.dirname, '../../..');

/** Parses a file; `ms` is CPU time, the best of up to three runs (see timeRun). */
function timedParse(path: string) {
  const bytes = readFileSync(join(ROOT, path));
  const parse = () => parseProfile(bytes, path.split('/').pop()!);
  return { result: parse(), ms: timeRun(parse, 10).ms };
}

beforeAll(() => {
  // Warm-up: module initialisation and JIT belong to start-up, not to one input's budget.
  for (const seed of [
    'profiles/rajdeep-sengupta.md',
    'profiles/rajat-jog.md',
    'test/fixtures/extract/badges.md',
  ]) {
    timedParse(seed);
  }
});

describe('a skills line with a run of dots', () => {
  it('splits "- " + 50 dots + "script, Vue" at once (it used to backtrack for minutes)', () => {
    const line = splitSkillLine(`${'.'.repeat(50)}script, Vue`);
    expect(timeRun(() => splitSkillLine(`${'.'.repeat(50)}script, Vue`), 5).ms).toBeLessThan(50);
    expect(line.names).toEqual([`${'.'.repeat(50)}script`, 'Vue']);
  });

  it('splits 10,000 dots with no word after them in linear time', () => {
    const line = splitSkillLine(`Go, ${'.'.repeat(10_000)}`);
    expect(timeRun(() => splitSkillLine(`Go, ${'.'.repeat(10_000)}`), 5).ms).toBeLessThan(50);
    expect(line.names).toEqual(['Go']);
  });

  for (const dots of [50, 86]) {
    it(`parses the ${dots}-dot profile in well under 50 ms and keeps Vue`, () => {
      const { result, ms } = timedParse(`test/fixtures/hostile/dots-${dots}.md`);
      expect(ms).toBeLessThan(50);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.profile.skills.map((s) => s.name)).toContain('Vue.js');
    });
  }
});

describe('a long run of accented letters', () => {
  it('parses 40,000 "é" in one word well under the 10 KB budget (mojibake repair used to throw per letter)', () => {
    const text = `# Li Wei\n\n* - ${'é'.repeat(40_000)}\n`;
    const bytes = new TextEncoder().encode(text);
    const parse = () => parseProfile(bytes, 'accents.md');
    const result = parse();
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.profile.name).toBe('Li Wei');
    // 80 KB of UTF-8: the budget would be 400 ms; the old code took ~400 ms, now ~20 ms.
    expect(timeRun(parse, 5).ms).toBeLessThan(100);
  });
});
