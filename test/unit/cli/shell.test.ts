// `profile-assistant shell` with piped stdin: one answer per line, exit 0 at EOF.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/run-cli.js';
import { captureIo } from './cli-streams.js';

const ROOT = join(import.meta.dirname, '../../..');

function pipeTo(
  args: string[],
  input: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('node', ['bin/profile-assistant.js', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr?.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin?.end(input);
  });
}

describe('shell with piped stdin', () => {
  it('prints Rajdeep\'s skills grouped by category for "/skills rajdeep" (real process)', async () => {
    const { code, stdout, stderr } = await pipeTo(['shell'], '/skills rajdeep\n');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^> \/skills rajdeep\nRajdeep Sengupta — Skills\n/);
    expect(stdout).toMatch(/\n[^\n:]+: .*Rust/);
  });

  it('opens the shell from the no-verb entry when no platform is configured (npm start)', async () => {
    const { code, stdout } = await pipeTo([], '/skills rajdeep\n');
    expect(code).toBe(0);
    expect(stdout).toContain('Rajdeep Sengupta — Skills');
  });

  it('answers each line in order, skips blanks and comments, and stops at exit', async () => {
    const captured = captureIo({
      cwd: ROOT,
      stdin: 'who knows django?\n\n# a comment\nrajdeep contact\nexit\n/people\n',
    });
    const code = await runCli(['shell'], captured.io);
    expect(code).toBe(0);
    const answers = captured.stdout().split(/\n\n(?=> )/);
    expect(answers.map((a) => a.split('\n')[0])).toEqual(['> who knows django?', '> rajdeep contact']);
    expect(answers[0]).toContain('Rajat Jog');
    expect(answers[1]).toContain('Rajdeep Sengupta — Contact');
  });

  it('rejects unknown arguments with usage and exit 2', async () => {
    const captured = captureIo({ cwd: ROOT });
    expect(await runCli(['shell', '--bogus'], captured.io)).toBe(2);
    expect(captured.stderr()).toContain('usage: profile-assistant shell');
  });
});
