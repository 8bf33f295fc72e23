// The interactive shell's engine watches the profile folder: an edited file is answered from at once.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { openLocalEngine } from '../../../src/app/local-engine.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

const quiet = new Writable({ write: (_c, _e, done) => done() });

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for reload');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('shell hot reload', () => {
  it('answers from an edited profile without a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shell-reload-'));
    dirs.push(dir);
    await writeFile(join(dir, 'sam.md'), '# Sam Rivers\n\nEngineer\n\n## Skills\n\n- Rust\n');
    const opened = await openLocalEngine({
      env: {},
      cwd: dir,
      profilesDir: '.',
      watch: true,
      stderr: quiet,
      who: 'test',
    });
    if (!opened.ok) throw new Error(opened.message);
    const { engine, close } = opened.local;
    const ask = (line: string) => engine.answer(engine.parse(line, { platform: 'shell' }));
    try {
      expect(ask('who knows elixir').data).toMatchObject({ matches: [] });
      await writeFile(join(dir, 'sam.md'), '# Sam Rivers\n\nEngineer\n\n## Skills\n\n- Rust, Elixir\n');
      await until(() => {
        const reply = ask('who knows elixir');
        return reply.kind === 'whoknows' && reply.data.matches.length === 1;
      });
    } finally {
      await close();
    }
  });
});
