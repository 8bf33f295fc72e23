// The start budget: how much a server's start-up parses on its own thread before the rest is left to the
// parse worker (large files always; every file once the budget is spent).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { createStartBudget } from '../../../src/profiles/store/start-budget.js';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A clock that moves `step` ms each time it is read: every parse costs exactly one step. */
const ticking = (step: number) => {
  let t = 0;
  return () => {
    t += step;
    return t;
  };
};

function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'start-budget-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('createStartBudget', () => {
  it('admits files up to its size while time is left, and none once the parsing has used it', () => {
    const budget = createStartBudget({ totalMs: 15, maxBytes: 100, now: ticking(10) });
    expect(budget.admits(100)).toBe(true);
    expect(budget.admits(101)).toBe(false);
    budget.spend(budget.now());
    expect(budget.admits(1)).toBe(true);
    budget.spend(budget.now());
    expect(budget.admits(1)).toBe(false);
  });
});

describe('loadProfiles with a start budget', () => {
  it('leaves a file over the size limit to the worker: neither served nor rejected, but listed as deferred', async () => {
    const root = folder({
      'ann.md': '# Ann Example\n\n## Skills\n- Rust\n',
      'big.md': `# Big Example\n\n${'Text of a long profile. '.repeat(20)}\n`,
    });
    const budget = createStartBudget({ totalMs: 60_000, maxBytes: 200 });
    const loaded = await loadProfiles(root, { budget });
    expect(loaded.profiles.map((p) => p.file)).toEqual(['ann.md']);
    expect(loaded.rejected).toEqual([]);
    expect(loaded.deferred).toEqual(['big.md']);
  });

  it('parses here only while the budget lasts and leaves every later file to the worker', async () => {
    const files = Object.fromEntries(
      ['ann', 'bo', 'cy', 'di', 'ed'].map((n) => [`${n}.md`, `# ${n} Example\n\nEngineer.\n`]),
    );
    // Each parse costs 10 ms of a 15 ms budget: the second one spends it.
    const budget = createStartBudget({ totalMs: 15, now: ticking(10) });
    const loaded = await loadProfiles(folder(files), { budget });
    expect(loaded.profiles).toHaveLength(2);
    expect(loaded.deferred).toHaveLength(3);
    expect(loaded.rejected).toEqual([]);
  });

  it('changes nothing for a folder within the budget', async () => {
    const files = { 'ann.md': '# Ann Example\n\nEngineer.\n', 'bo.json': '{"basics":{"name":"Bo Example"}}' };
    const plain = await loadProfiles(folder(files));
    const budgeted = await loadProfiles(dir, { budget: createStartBudget({ totalMs: 60_000 }) });
    expect(budgeted.deferred).toEqual([]);
    expect(budgeted.profiles).toEqual(plain.profiles);
  });
});
