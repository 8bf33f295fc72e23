// The interactive shell does the first question's one-off work while the person is still typing.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runShell } from '../../../src/platforms/shell/run-shell.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';

const dispatch = { ask: async () => ({ reply: { kind: 'help' as const, title: 'Help', lines: [] } }) };

function streams() {
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.on('data', (chunk: Buffer) => {
    written += chunk.toString();
  });
  return { input, output, written: () => written };
}

describe('shell idle work', () => {
  it('runs once on a terminal, after the first prompt is shown', async () => {
    const { input, output, written } = streams();
    const seen: string[] = [];
    const done = runShell({
      dispatch: dispatch as never,
      index: () => createProfileIndex([]),
      input,
      output,
      interactive: true,
      whileIdle: () => seen.push(written()),
    });
    await new Promise((r) => setTimeout(r, 50));
    input.end('exit\n');
    await done;
    expect(seen).toHaveLength(1);
    expect(seen[0]).toContain('profile-assistant> ');
  });

  it('does not run when stdin is piped', async () => {
    const { input, output } = streams();
    let runs = 0;
    input.end('exit\n');
    await runShell({
      dispatch: dispatch as never,
      index: () => createProfileIndex([]),
      input,
      output,
      interactive: false,
      whileIdle: () => {
        runs += 1;
      },
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(0);
  });
});
