// Front matter the YAML parser is slow on: it checks every key against every other (60,000 keys took 71 s),
// spends ~20 µs per level of flow nesting, turns keys that are maps into strings at every level (800
// bytes of `? : ` took 18 s) and up to ~10 µs a byte on text full of errors. Over 8 KB, over 2 KB unless
// plain `key: value` lines, 16 levels deep, or with such keys or aliases (real front matter is a few
// flat lines) it is ignored, saying so.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { profileBudgetMs, timeRun } from '../../fuzz/fuzz-targets.js';

const SUITE_FACTOR = 2;

function parseInBudget(text: string) {
  const bytes = new TextEncoder().encode(text);
  const budget = profileBudgetMs(bytes.length) * SUITE_FACTOR;
  let result = parseProfile(bytes, 'ada.md');
  const { ms } = timeRun(() => {
    result = parseProfile(bytes, 'ada.md');
  }, budget);
  expect(ms, `${bytes.length} bytes took ${ms.toFixed(0)} ms`).toBeLessThan(budget);
  if (!result.ok) throw new Error(result.rejected.reason);
  return result.profile;
}

beforeAll(() => {
  parseProfile(new TextEncoder().encode('---\nname: Warm Up\n---\n# Warm Up\n'), 'warm.md');
});

describe('oversized front matter', () => {
  it('ignores 20,000 keys with a warning, in budget, and reads the file below it', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `key${i}: value ${i}\n`).join('');
    const profile = parseInBudget(`---\nname: Someone Else\n${keys}---\n# Ada Lovelace\n\n## Skills\n- Go\n`);
    expect(profile.name).toBe('Ada Lovelace');
    expect(profile.skills.map((s) => s.name)).toEqual(['Go']);
    expect(profile.warnings.map((w) => w.code)).toContain('front-matter-too-large');
  });

  it('ignores a value nested 100,000 brackets deep, in budget', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const profile = parseInBudget(`---\nname: Someone Else\nx: ${deep}\n---\n# Ada Lovelace\n`);
    expect(profile.name).toBe('Ada Lovelace');
  });

  it('ignores flow lists nested hundreds deep under 8 KB with a warning, in budget (the YAML parser spends ~20 µs per level)', () => {
    for (const opener of ['[.', '{', '[']) {
      const deep = opener.repeat(Math.floor(7_000 / opener.length));
      const profile = parseInBudget(`---\nname: [unclosed\n  :${deep}\n---\n# Ada Lovelace\n`);
      expect(profile.name).toBe('Ada Lovelace');
      expect(profile.warnings.map((w) => w.code)).toContain('front-matter-too-deep');
    }
  });

  it('still reads front matter with lists of lists a few levels deep', () => {
    const profile = parseInBudget(`---\nname: Ada Lovelace\nmatrix: [[1, [2, {a: [3]}]], [4]]\n---\n# Ada\n`);
    expect(profile.name).toBe('Ada Lovelace');
    expect(profile.warnings.map((w) => w.code)).not.toContain('front-matter-too-deep');
  });

  it('still reads front matter of a normal size', () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `alias${i}`).join(', ');
    const profile = parseInBudget(`---\nname: Ada Lovelace\naliases: [${aliases}]\n---\n# Ada\n`);
    expect(profile.name).toBe('Ada Lovelace');
    expect(profile.aliases).toContain('alias49');
  });

  it('ignores block lists and keys nested 200 deep on one line, in budget (800 bytes of "? : " took 18 s)', () => {
    for (const unit of ['? ', '? : ', '- ? ', '? - ', 'a: - ']) {
      const profile = parseInBudget(`---\n${unit.repeat(200)}x\n---\n# Ada Lovelace\n\n## Skills\n- Go\n`);
      expect(profile.name).toBe('Ada Lovelace');
      expect(profile.skills.map((s) => s.name)).toEqual(['Go']);
      expect(profile.warnings.map((w) => w.code)).toContain('front-matter-too-deep');
    }
  });

  it('ignores keys that are themselves maps, written one a line, saying so', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `${' '.repeat(i)}? `).join('\n');
    const profile = parseInBudget(`---\n${keys}x\n---\n# Ada Lovelace\n`);
    expect(profile.name).toBe('Ada Lovelace');
    expect(profile.warnings.find((w) => w.code === 'front-matter-too-complex')?.message).toContain(
      'key that is a list or a map',
    );
  });

  it('still reads a quoted value holding many ": ", " - " and brackets', () => {
    const headline = `Builder: ${'tools - [infra] - '.repeat(20)}done`;
    const profile = parseInBudget(`---\nname: Ada Lovelace\nheadline: "${headline}"\n---\n# Someone\n`);
    expect(profile.headline).toBe(headline);
  });

  it('still reads a list of maps and a time of day in front matter', () => {
    const profile = parseInBudget(
      `---\nname: Ada Lovelace\nhandle: ada\nlinks:\n  - site: https://ada.dev\n    at: 12:30\n---\n# Someone\n`,
    );
    expect(profile.name).toBe('Ada Lovelace');
    expect(profile.handle).toBe('ada');
    expect(profile.warnings.filter((w) => w.code.startsWith('front-matter'))).toEqual([]);
  });

  it('ignores front matter that uses an alias, saying so', () => {
    const profile = parseInBudget(`---\nname: &n Someone Else\nhandle: *n\n---\n# Ada Lovelace\n`);
    expect(profile.name).toBe('Ada Lovelace');
    expect(profile.warnings.find((w) => w.code === 'front-matter-too-complex')?.message).toContain('alias');
  });

  it('ignores 2-8 KB of front matter that is not plain key: value lines, in budget (one YAML error a line cost ~10 µs a byte)', () => {
    const shapes = ['?\n', ':\n', '\t:\n', 'k: v\n', ' a: b\n', '- a\nb: c\n'];
    for (const unit of shapes) {
      const profile = parseInBudget(
        `---\nname: x\n${unit.repeat(Math.floor(7_000 / unit.length))}---\n# Ada Lovelace\n`,
      );
      expect(profile.name).toBe('Ada Lovelace');
      expect(profile.warnings.map((w) => w.code)).toContain('front-matter-too-large');
    }
    const flow = parseInBudget(`---\nname: [${','.repeat(7_000)}]\n---\n# Ada Lovelace\n`);
    expect(flow.warnings.map((w) => w.code)).toContain('front-matter-too-large');
  });

  it('still reads up to 8 KB of plain key: value lines', () => {
    const keys = Array.from({ length: 300 }, (_, i) => `key${i}: value ${i}\n`).join('');
    const profile = parseInBudget(`---\nname: Ada Lovelace\n${keys}handle: ada\n---\n# Someone\n`);
    expect(profile.name).toBe('Ada Lovelace');
    expect(profile.warnings.map((w) => w.code)).not.toContain('front-matter-too-large');
  });

  it('prints nothing to the process for YAML warnings (an unknown tag on every line was one stderr warning each)', () => {
    const emit = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    try {
      const tags = Array.from({ length: 40 }, (_, i) => `k${i}: !<tag:x${i}> a\n`).join('');
      const profile = parseInBudget(`---\nname: Ada Lovelace\n${tags}---\n# Someone\n`);
      expect(profile.name).toBe('Ada Lovelace');
      expect(emit).not.toHaveBeenCalled();
    } finally {
      emit.mockRestore();
    }
  });
});
