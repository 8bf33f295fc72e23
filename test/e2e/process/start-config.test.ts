// `start` as a real process: refuses to run, before opening anything, when the config is bad or
// names no platform.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_PLATFORM_MESSAGE } from '../../../src/cli/start.js';

const root = join(import.meta.dirname, '../../..');
const bin = join(root, 'bin/profile-assistant.js');

/** A clean env: nothing from the developer's shell (or a .env in the repo) leaks in. */
function run(args: string[], env: Record<string, string>, cwd = mkdtempSync(join(tmpdir(), 'pa-start-'))) {
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('profile-assistant start (process)', () => {
  it('exits 1 and says how to configure a platform (or use shell) when none is configured', async () => {
    const result = await run(['start'], { PROFILES_DIR: join(root, 'profiles') });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`${NO_PLATFORM_MESSAGE}\n`);
    expect(result.stdout).toBe('');
  });

  it('exits 1 naming every bad variable before anything starts', async () => {
    const result = await run(['start'], { PORT: '99999', DISCORD_PUBLIC_KEY: 'xyz', LOG_FORMAT: 'xml' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'profile-assistant: invalid configuration, nothing was started:',
        '  LOG_FORMAT: expected json (the default) or pretty (got "xml")',
        '  PORT: expected a port number 0-65535, e.g. 3000 (got "99999")',
        '  DISCORD_PUBLIC_KEY: expected 64 hex characters (General Information › Public Key) (got "***")',
        'See .env.example for every variable and its format.',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 naming HOST when it is not an address or host name, before listening', async () => {
    const result = await run(['start'], { HOST: 'http://0.0.0.0:3000', DISCORD_PUBLIC_KEY: 'a'.repeat(64) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'HOST: expected an IP address or a host name to listen on, e.g. 0.0.0.0, :: or localhost (got "http://0.0.0.0:3000")',
    );
    expect(result.stdout).toBe('');
  });

  it('reads a .env file from the working directory, under the real environment', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'pa-dotenv-'));
    writeFileSync(join(cwd, '.env'), 'PORT=not-a-port\nLOG_LEVEL=loud\n');
    const { code, stderr } = await run(['start'], { LOG_LEVEL: 'info' }, cwd);
    expect(code).toBe(1);
    expect(stderr).toContain('PORT: expected a port number 0-65535, e.g. 3000 (got "not-a-port")');
    expect(stderr).not.toContain('LOG_LEVEL');
  });

  it('rejects an unknown argument with usage (exit 2)', async () => {
    const result = await run(['start', '--shards', 'many'], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      '--shards expects "auto", a number of shards (e.g. 4) or a range of shard ids (e.g. --shards 0-7 --shard-count 16); got "many"',
    );
  });
});
