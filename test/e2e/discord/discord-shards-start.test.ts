// `profile-assistant start --shards 2-3 --shard-count 8` in-process against the fake Discord: the
// command line reaches the gateway (only shards 2 and 3 identify, with the library's own identify
// throttle), the one HTTP listener reports ready, and a stop request ends it with exit code 0.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { SEEDS } from '../../unit/engine/load-test-engine.js';
import { FakeDiscord } from '../fakes/fake-discord.js';
import { commandInteraction } from './http-harness.js';

const fakes: FakeDiscord[] = [];
afterEach(async () => {
  for (const fake of fakes.splice(0)) await fake.stop();
});

function startCli(args: string[], env: Record<string, string>) {
  let stop: (signal: string) => void = () => {};
  const stopSignal = new Promise<string>((resolve) => {
    stop = resolve;
  });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const logs: Record<string, unknown>[] = [];
  let err = '';
  let pending = '';
  stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString('utf8');
  });
  const exit = runCli(['start', ...args], {
    stdin: new PassThrough(),
    stdout,
    stderr,
    env: { HOST: '127.0.0.1', PORT: '0', PROFILES_DIR: SEEDS, LOG_LEVEL: 'info', ...env },
    cwd: mkdtempSync(join(tmpdir(), 'pa-shards-')),
    stopSignal,
  });
  const logged = async (msg: string, timeoutMs = 20_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const entry = logs.find((l) => l.msg === msg);
      if (entry) return entry;
      if (Date.now() > until) throw new Error(`never logged "${msg}"; stderr: ${err}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return { exit, stop, logged, stderr: () => err };
}

describe('start with a shard range', () => {
  it('identifies only the range, answers on it, reports ready and stops with 0', async () => {
    const fake = new FakeDiscord();
    fake.maxConcurrency = 8; // every shard its own identify bucket: no 5 s turn between them
    fakes.push(fake);
    await fake.start();
    const cli = startCli(['--shards', '2-3', '--shard-count', '8'], {
      DISCORD_TOKEN: 'fake-token-for-tests',
      DISCORD_API_URL: fake.apiUrl,
    });
    const ready = await cli.logged('discord gateway ready');
    expect(ready.shards).toEqual({ ids: [2, 3], count: 8 });
    expect([...fake.identified].sort((a, b) => a[0] - b[0])).toEqual([
      [2, 8],
      [3, 8],
    ]);
    const started = await cli.logged('ready');
    const readyz = await fetch(`${String(started.http)}/readyz`);
    expect(readyz.status).toBe(200);

    const interaction = commandInteraction('skills', [{ name: 'person', value: 'rajat' }]);
    fake.dispatch('INTERACTION_CREATE', interaction, 3);
    const callback = await fake.waitFor((r) => r.path.startsWith(`/interactions/${interaction.id}/`));
    expect(JSON.stringify(callback.body)).toContain('Rajat Jog');

    cli.stop('SIGTERM');
    expect(await cli.exit).toBe(0);
  });

  it('refuses a range outside the count before connecting anywhere (exit 2, usage)', async () => {
    const cli = startCli(['--shards', '6-9', '--shard-count', '8'], {
      DISCORD_TOKEN: 'fake-token-for-tests',
    });
    expect(await cli.exit).toBe(2);
    expect(cli.stderr()).toContain('--shards 6-9 does not fit --shard-count 8: shard ids run from 0 to 7');
    expect(cli.stderr()).toContain('usage: profile-assistant start [--shards auto|N|FIRST-LAST]');
  });

  it('refuses a bad DISCORD_SHARDS like any other configuration error (exit 1)', async () => {
    const cli = startCli([], { DISCORD_TOKEN: 'fake-token-for-tests', DISCORD_SHARDS: '0-3' });
    expect(await cli.exit).toBe(1);
    expect(cli.stderr()).toContain('DISCORD_SHARDS 0-3 is a range of shard ids');
  });
});
