// Every verb answers --help with its usage (exit 0); discord register previews offline without a token.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { captureIo } from './cli-streams.js';

const VERBS = ['start', 'shell', 'ask', 'profiles check', 'discord register', 'slack manifest'];

describe('profile-assistant <verb> --help', () => {
  it.each(VERBS)('prints the usage of "%s" and exits 0', async (verb) => {
    for (const flag of ['--help', '-h']) {
      const run = captureIo({ cwd: process.cwd() });
      const code = await runCli([...verb.split(' '), flag], run.io);
      expect(code).toBe(0);
      expect(run.stdout()).toContain(`usage: profile-assistant ${verb}`);
      expect(run.stderr()).toBe('');
    }
  });

  it('names every verb and the per-verb help in the top-level usage', async () => {
    const run = captureIo({ cwd: process.cwd() });
    expect(await runCli(['--help'], run.io)).toBe(0);
    for (const verb of VERBS) expect(run.stdout()).toContain(`profile-assistant ${verb}`);
    expect(run.stdout()).toContain('--help');
  });
});

describe('discord register --dry-run without a token', () => {
  it('prints the exact command payload offline and exits 0', async () => {
    const run = captureIo({ cwd: process.cwd(), env: {} });
    expect(await runCli(['discord', 'register', '--dry-run'], run.io)).toBe(0);
    const payload = JSON.parse(run.stdout()) as { name: string; type: number; description?: string }[];
    expect(payload.map((c) => c.name)).toContain('whoknows');
    const slash = payload.filter((c) => c.type === 1);
    expect(slash.every((c) => c.description && c.description.length <= 100)).toBe(true);
    // A user-menu entry (right-click a member) carries no description: Discord refuses one.
    expect(payload.filter((c) => c.type === 2)).toEqual([
      { name: 'Show profile', type: 2, contexts: [0, 1] },
    ]);
    expect(run.stderr()).toContain('nothing was compared or sent');
  });
});
