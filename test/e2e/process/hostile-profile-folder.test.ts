// `start` as a real process over a profile folder holding a FIFO and a link to a secret outside it:
// start-up completes and reports both, reloads keep working (a FIFO added later too), SIGTERM exits.
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canMakeFifo, makeFifo, releaseFifo } from '../../unit/profiles/fifo.js';

const root = join(import.meta.dirname, '../../..');
let child: ChildProcess | null = null;
let base = '';
const fifos: string[] = [];
afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  for (const path of fifos.splice(0)) releaseFifo(path);
  if (base) rmSync(base, { recursive: true, force: true });
});

function publicKeyHex(): string {
  const der = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32).toString('hex');
}

type Log = Record<string, unknown>;

function start(profilesDir: string) {
  const proc = spawn(process.execPath, [join(root, 'bin/profile-assistant.js'), 'start'], {
    cwd: mkdtempSync(join(base, 'cwd-')),
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_PUBLIC_KEY: publicKeyHex(),
      DISCORD_APPLICATION_ID: '123456789012345678',
      HOST: '127.0.0.1',
      PORT: '0',
      PROFILES_DIR: profilesDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  const logs: Log[] = [];
  let buffer = '';
  proc.stdout!.on('data', (chunk) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines.filter(Boolean)) logs.push(JSON.parse(line) as Log);
  });
  let stderr = '';
  proc.stderr!.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  /** The first log record matching `match`, waited for up to `ms`. */
  // 20 s: a process start under a throttled CPU (about 1 s of CPU) can take 15 s of wall time.
  const waitFor = async (match: (l: Log) => boolean, ms = 20_000): Promise<Log> => {
    const until = Date.now() + ms;
    for (;;) {
      const found = logs.find(match);
      if (found) return found;
      if (Date.now() > until || proc.exitCode !== null)
        throw new Error(`no such log in ${ms} ms (exit ${proc.exitCode}): ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { proc, logs, exit, waitFor };
}

describe.skipIf(!canMakeFifo)(
  'start over a hostile profile folder (skipped where there is no mkfifo)',
  () => {
    it('starts, reports the FIFO and the link out, keeps reloading, and exits on SIGTERM', async () => {
      base = mkdtempSync(join(tmpdir(), 'pa-hostile-'));
      const dir = join(base, 'profiles');
      mkdirSync(dir);
      copyFileSync(join(root, 'profiles/rajat-jog.md'), join(dir, 'rajat-jog.md'));
      // Not named .env: the process reads a .env in its working folder as configuration.
      writeFileSync(join(base, 'secret.env'), 'SLACK_BOT_TOKEN=xoxb-1111-2222-secret\n');
      symlinkSync('../secret.env', join(dir, 'notes.md'));
      fifos.push(join(dir, 'pipe.md'), join(dir, 'late.md'));
      makeFifo(join(dir, 'pipe.md'));
      const server = start(dir);
      const ready = await server.waitFor((l) => l.msg === 'ready');
      expect(ready).toMatchObject({ profiles: 1, rejected: 2 });
      const skipped = server.logs.filter((l) => l.msg === 'profile skipped');
      expect(skipped.map((l) => [l.file, l.reason])).toEqual([
        ['notes.md', expect.stringMatching(/^links outside the profile folder/)],
        ['pipe.md', 'not a regular file (a FIFO)'],
      ]);
      makeFifo(join(dir, 'late.md'));
      writeFileSync(join(dir, 'bo.md'), '# Bo Later\n');
      await server.waitFor((l) => l.msg === 'profile added' && l.file === 'bo.md');
      await server.waitFor((l) => l.file === 'late.md' && l.reason === 'not a regular file (a FIFO)');
      server.proc.kill('SIGTERM');
      expect(await server.exit).toBe(0);
      expect(JSON.stringify(server.logs)).not.toContain('xoxb');
    });
  },
);
