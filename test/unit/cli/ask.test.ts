// `profile-assistant ask`: in-process through runCli with captured streams, and one real child process.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { captureIo } from './cli-streams.js';

const ROOT = join(import.meta.dirname, '../../..');
const run = promisify(execFile);

async function ask(args: string[], env: Record<string, string> = {}) {
  const captured = captureIo({ cwd: ROOT, env });
  const code = await runCli(['ask', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe('ask', () => {
  it('answers as plain text from ./profiles by default', async () => {
    const { code, stdout, stderr } = await ask(['/skills', 'rajdeep']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^Rajdeep Sengupta — Skills\n/);
    expect(stdout).toContain('Terraform');
  });

  it('prints the JSON contract: kind, person, candidates, text', async () => {
    const { code, stdout } = await ask(['contact', 'rajdep', '--format', 'json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.kind).toBe('contact');
    expect(json.person).toEqual({ id: 'rajdeep-sengupta', name: 'Rajdeep Sengupta' });
    expect(json.candidates).toEqual([]);
    expect(json.text).toContain('https://github.com/Rajdip019');
    expect(json.ephemeral).toBe(true);
  });

  it('gives the documented no-experience answer for Rajat', async () => {
    const { stdout } = await ask(['/experience rajat', '--format=json']);
    const json = JSON.parse(stdout);
    expect(json.kind).toBe('experience');
    expect(json.data.entries).toEqual([]);
    expect(json.text).toContain("Rajat Jog's profile lists no experience section");
  });

  it('lists not_found candidates in JSON', async () => {
    const json = JSON.parse((await ask(['/skills', 'zebulon', '--format', 'json'])).stdout);
    expect(json.kind).toBe('not_found');
    expect(json.person).toBeNull();
  });

  it('takes --profiles over PROFILES_DIR, and DEFAULT_PROFILE from the environment', async () => {
    const { stdout } = await ask(['/skills', '--profiles', 'test/fixtures/engine', '--format', 'json'], {
      PROFILES_DIR: 'does-not-exist',
      DEFAULT_PROFILE: 'ada-lovelace',
    });
    expect(JSON.parse(stdout).person.name).toBe('Ada Lovelace');
  });

  it('warns once per rejected file on stderr and still answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ask-'));
    try {
      await writeFile(join(dir, 'ok.md'), '# Sam Rivers\n\nEngineer\n\n## Skills\n\n- Rust\n');
      await writeFile(join(dir, 'broken.json'), '{ "basics": ');
      const { code, stdout, stderr } = await ask(['who knows rust', '--profiles', dir]);
      expect(code).toBe(0);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/warning: skipped broken\.json/);
      expect(stdout).toContain('Sam Rivers');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prints a bad variable the way every verb prints configuration errors, and exits 1', async () => {
    const { code, stdout, stderr } = await ask(['/people'], { PROFILE_MAX_BYTES: 'lots' });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^profile-assistant ask: invalid configuration, nothing was started:\n {2}PROFILE_MAX_BYTES: /,
    );
    expect(stderr).toContain('See .env.example for every variable and its format.');
  });

  it('rejects bad flags and an empty query with usage on stderr and exit 2', async () => {
    for (const args of [['rajat', '--bogus'], ['rajat', '--format', 'yaml'], []]) {
      const { code, stdout, stderr } = await ask(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('usage: profile-assistant ask');
    }
  });

  it.each(['discord', 'slack'])(
    'prints the %s payload as JSON, or says the renderer is missing',
    async (format) => {
      const { code, stdout, stderr } = await ask(['/skills', 'rajat', '--format', format]);
      if (existsSync(join(ROOT, `src/render/${format}.ts`))) {
        expect(code).toBe(0);
        expect(JSON.parse(stdout)).toBeTypeOf('object');
      } else {
        expect(code).toBe(2);
        expect(stderr).toContain(`--format ${format} is not available in this build yet`);
      }
    },
  );

  it('exits 1 with a message when the profile folder cannot be read', async () => {
    const { code, stderr } = await ask(['help', '--profiles', 'no/such/folder']);
    expect(code).toBe(1);
    expect(stderr).toContain('no/such/folder');
  });

  it('runs as a real process: "who knows django" as JSON has Rajat Jog first', async () => {
    const { stdout } = await run(
      'node',
      ['bin/profile-assistant.js', 'ask', 'who knows django', '--format', 'json'],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? '' },
      },
    );
    const json = JSON.parse(stdout);
    expect(json.kind).toBe('whoknows');
    expect(json.data.matches[0].name).toBe('Rajat Jog');
  });
});
