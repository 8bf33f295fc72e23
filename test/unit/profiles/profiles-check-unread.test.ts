import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/profiles-check.js';
import { unreadSkillLines } from '../../../src/cli/profiles-check-unread.js';
import { captureIo } from '../cli/cli-streams.js';
import { parsed } from './extract-helpers.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unread-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PROFILE =
  '# Alex Rowan\n\n## Skills\n\n- TypeScript, React\n- Cloud stuff, mostly\n- Zorblax (our in-house thing)\n- Go\n- C\n';

describe('profiles check: lines under a skills heading that were not read as skills', () => {
  it('lists the lines no skill came from, and none that gave a skill (short names as whole words)', () => {
    writeFileSync(join(dir, 'alex.md'), PROFILE);
    const cli = captureIo({ cwd: dir });
    return run([dir, '--json'], cli.io).then(() => {
      const [alex] = JSON.parse(cli.stdout()).profiles;
      expect(alex.unreadSkillLines).toEqual(['Cloud stuff, mostly', 'Zorblax (our in-house thing)']);
    });
  });

  it('shows them in the readable report with what they are', async () => {
    writeFileSync(join(dir, 'alex.md'), PROFILE);
    const cli = captureIo({ cwd: dir });
    await run([dir], cli.io);
    expect(cli.stdout()).toContain('not read:');
    expect(cli.stdout()).toContain('Zorblax (our in-house thing)');
    expect(cli.stdout()).toContain('no skill was read from these lines');
  });

  it('reports nothing for a profile whose skills section was read whole', () => {
    expect(unreadSkillLines(parsed('profiles/rajdeep-sengupta.md'))).toEqual([]);
  });
});
