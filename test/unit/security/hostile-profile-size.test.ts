// Hostile profiles whose parsed size or cost grew faster than the file (red team, session 4): each parses
// within the fuzz budget (50 ms of CPU per 10 KB, doubled in the suite) and keeps what matters.
import { beforeAll, describe, expect, it } from 'vitest';
import { capLineNesting } from '../../../src/profiles/markdown/cap-line-nesting.js';
import { parseMarkdown } from '../../../src/profiles/markdown/markdown.js';
import { PROFILE_CAPS } from '../../../src/profiles/model/bound-profile.js';
import { type ParseResult, parseProfile } from '../../../src/profiles/parse-profile.js';
import { profileBudgetMs, timeRun } from '../../fuzz/fuzz-targets.js';

const SUITE_FACTOR = 2;

/** Parses `text` as `file`, checking the CPU budget for its size; returns the profile. */
function parseWithinBudget(text: string, file: string) {
  const bytes = new TextEncoder().encode(text);
  let result: ParseResult | undefined;
  const budget = profileBudgetMs(bytes.length) * SUITE_FACTOR;
  const { ms, error } = timeRun(() => {
    result = parseProfile(bytes, file);
  }, budget);
  expect(error).toBeNull();
  expect(ms, `${bytes.length} bytes took ${ms.toFixed(0)} ms`).toBeLessThan(budget);
  if (!result?.ok) throw new Error(`rejected: ${result?.rejected.reason}`);
  return result.profile;
}

const names = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);

beforeAll(() => {
  parseProfile(new TextEncoder().encode('# Warm Up\n\n## Skills\n- Go, Rust\n'), 'warm.md');
  parseProfile(new TextEncoder().encode('{"basics":{"name":"Warm Up"},"skills":[{"name":"x"}]}'), 'w.json');
});

describe('one line or group naming thousands of skills', () => {
  it('parses a 3,000-name skills line in budget, keeping 1,000 skills with short evidence (it took 1 s and 300 MB)', () => {
    const text = `# Ada Lovelace\n\n## Skills\n- ${names(3000, 'Tech').join(', ')}\n`;
    const profile = parseWithinBudget(text, 'ada.md');
    expect(profile.name).toBe('Ada Lovelace');
    expect(profile.skills).toHaveLength(PROFILE_CAPS.skills);
    expect(Math.max(...profile.skills.map((s) => s.evidence.length))).toBeLessThanOrEqual(
      PROFILE_CAPS.evidence,
    );
    expect(profile.skills[500]!.evidence).toContain(profile.skills[500]!.name);
    expect(profile.warnings.map((w) => w.message)).toContain('kept the first 1,000 of 3,000 skills');
  });

  it('parses a JSON Resume keyword group of 5,000 keywords in budget (its evidence was copied per keyword)', () => {
    const resume = {
      basics: { name: 'Ada Lovelace' },
      skills: [{ name: 'All', keywords: names(5000, 'K') }],
    };
    const profile = parseWithinBudget(JSON.stringify(resume), 'ada.json');
    expect(profile.skills).toHaveLength(PROFILE_CAPS.skills);
    expect(profile.skills.every((s) => s.evidence.length <= PROFILE_CAPS.evidence)).toBe(true);
  });
});

describe('a JSON Resume listing thousands of profiles', () => {
  it('parses 6,000 `basics.profiles` in budget (each was checked against every earlier one: 7 s)', () => {
    const profiles = names(6000, 'u').map((u) => ({ network: 'GitHub', url: `https://github.com/${u}` }));
    const profile = parseWithinBudget(
      JSON.stringify({ basics: { name: 'Ada Lovelace', profiles } }),
      'ada.json',
    );
    expect(profile.contacts).toHaveLength(PROFILE_CAPS.contacts);
    expect(profile.contacts[0]).toMatchObject({ kind: 'github', value: 'https://github.com/u0' });
  });
});

describe('a line opening lists inside lists', () => {
  it('parses 100,000 "- " on one line in budget and keeps the name and later sections (it lost both)', () => {
    const text = `# Ada Lovelace\n\n${'- '.repeat(100_000)}x\n\n## Skills\n- Go, Rust\n`;
    const profile = parseWithinBudget(text, 'ada.md');
    expect(profile.name).toBe('Ada Lovelace');
    expect(profile.sections.map((s) => s.title)).toEqual(['Ada Lovelace', 'Skills']);
    expect(profile.skills.map((s) => s.name)).toEqual(['Go', 'Rust']);
    expect(profile.warnings.map((w) => w.code)).toEqual(['nesting-flattened']);
  });

  it('reads a line nested within the limit as lists, and mixed quotes and lists past it as their text', () => {
    const within = parseWithinBudget(`# Ada Lovelace\n\n${'- '.repeat(20)}Go\n`, 'ada.md');
    expect(within.warnings).toEqual([]);
    const mixed = parseWithinBudget(
      `# Ada Lovelace\n\n${'> 1. + '.repeat(20_000)}x\n\n## Skills\n- Go\n`,
      'ada.md',
    );
    expect(mixed.skills.map((s) => s.name)).toEqual(['Go']);
    expect(mixed.sections[0]!.text.slice(0, 20)).toBe('x');
  });

  it('never turns a deep line of markers only into a thematic break when it drops the excess markers', () => {
    for (const levels of [66, 100]) {
      const { doc } = parseMarkdown(`${'* '.repeat(levels)}> \n`);
      expect(doc.root.blocks.map((b) => b.type)).toEqual(['list']);
    }
  });

  it('keeps a dropped marker of another kind when the line ends in the same marker it starts with', () => {
    for (const tail of ['>   - ', '> - - - ', '1. > - ']) {
      const { doc } = parseMarkdown(`${'- '.repeat(64)}${tail}\n`);
      expect(doc.root.blocks.map((b) => b.type)).toEqual(['list']);
    }
    const long = capLineNesting(`${'- '.repeat(64)}> ${'- '.repeat(100_000)}x`, 128);
    expect(long.length).toBeLessThan(300);
  });
});

describe('one paragraph of a hundred thousand inline nodes', () => {
  it('parses a 1 MB line of inline tags and links, keeping the name (spreading its children overflowed the call stack and lost the file)', () => {
    const unit = '<b>x</b> [a](b) ';
    const text = `# Ann Example\n\n${unit.repeat(Math.floor((1024 * 1024 - 20) / unit.length))}\n`;
    const profile = parseWithinBudget(text, 'ann.md');
    expect(profile.name).toBe('Ann Example');
  });
});
