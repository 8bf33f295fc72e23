// loadProfiles: reads the folder, skips and reports bad files, rejects duplicate ids, never reads huge files,
// never reads through a link out of the folder, never blocks on a FIFO.
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isProfileFile,
  type LoadOptions,
  loadProfiles as load,
  loadProfiles,
} from '../../../src/profiles/store/load-profiles.js';
import { generateProfile } from '../../bench/markdown-corpus.js';
import { canMakeFifo, makeFifo, releaseFifo } from './fifo.js';

const fixtures = join(import.meta.dirname, '../../fixtures/profiles');
const seeds = join(import.meta.dirname, '../../../profiles');
let dir: string;
// Every check holds for the server's asynchronous reads and for the blocking reads of a one-off `ask`.
const READS = [
  { how: 'asynchronous', blocking: false },
  { how: 'blocking', blocking: true },
];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'profiles-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.each(READS)('loadProfiles ($how reads)', ({ blocking }) => {
  const loadProfiles = (folder: string, options: LoadOptions = {}) => load(folder, { ...options, blocking });
  it('loads the seed profiles sorted by name', async () => {
    const { profiles, rejected } = await loadProfiles(seeds);
    expect(profiles.map((p) => p.name)).toEqual(['Rajat Jog', 'Rajdeep Sengupta']);
    expect(rejected).toEqual([]);
  });

  it('reports bad files and still loads the rest', async () => {
    for (const name of ['rajdeep-sengupta.md']) copyFileSync(join(seeds, name), join(dir, name));
    for (const name of ['empty.md', 'setext.md']) copyFileSync(join(fixtures, name), join(dir, name));
    writeFileSync(join(dir, 'photo.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const { profiles, rejected } = await loadProfiles(dir);
    expect(profiles.map((p) => p.id)).toEqual(['rajdeep-sengupta', 'setext']);
    expect(rejected.map((r) => r.file)).toEqual(['empty.md', 'photo.md']);
    expect(rejected[0]?.reason).toBe('file is empty');
  });

  it('rejects a file over the limit from its size, without reading it', async () => {
    writeFileSync(join(dir, 'huge.md'), `# Huge\n${'x'.repeat(3000)}`);
    const { rejected } = await loadProfiles(dir, { maxBytes: 1024 });
    expect(rejected).toEqual([
      { file: 'huge.md', line: null, reason: 'file is 2.9 KiB, over the 1.0 KiB limit for a profile' },
    ]);
  });

  it('rejects the second file claiming an id that is already used', async () => {
    writeFileSync(join(dir, 'a.md'), '---\nid: same\n---\n# Ann A\n');
    writeFileSync(join(dir, 'b.md'), '---\nid: same\n---\n# Bob B\n');
    const { profiles, rejected } = await loadProfiles(dir);
    expect(profiles.map((p) => p.file)).toEqual(['a.md']);
    expect(rejected).toEqual([{ file: 'b.md', line: null, reason: 'id "same" is already used by a.md' }]);
  });

  it('ignores dotfiles, other extensions and folders it cannot read as profiles', async () => {
    writeFileSync(join(dir, '.draft.md'), '# Hidden Draft\n');
    writeFileSync(join(dir, 'notes.txt'), 'not a profile');
    writeFileSync(join(dir, 'Upper.MD'), '# Upper Case\n');
    mkdirSync(join(dir, 'folder.md'));
    const { profiles, rejected } = await loadProfiles(dir);
    expect(profiles.map((p) => p.name)).toEqual(['Upper Case']);
    expect(rejected).toEqual([{ file: 'folder.md', line: null, reason: 'not a regular file (a folder)' }]);
  });

  it('loads a folder of many files, each once', async () => {
    for (let n = 0; n < 60; n++) {
      const { file, text } = generateProfile(n);
      writeFileSync(join(dir, file), text);
    }
    const { profiles, rejected } = await loadProfiles(dir);
    expect(rejected).toEqual([]);
    expect(new Set(profiles.map((p) => p.file)).size).toBe(60);
  });

  it('says clearly when the folder does not exist', async () => {
    await expect(loadProfiles(join(dir, 'missing'))).rejects.toThrow(
      /profiles folder ".*missing" does not exist; set PROFILES_DIR or pass --profiles DIR/,
    );
  });

  it('knows which file names are profiles', () => {
    expect(['a.md', 'b.markdown', 'c.json', 'D.MD'].every(isProfileFile)).toBe(true);
    expect(['.a.md', 'a.md.swp', 'a.md~', 'README'].some(isProfileFile)).toBe(false);
  });
});

/** A profile folder inside a temp folder, with a secret next to it (as `.env` sits next to profiles/). */
function folderBesideSecret(): { base: string; profiles: string } {
  const base = dir;
  const profiles = join(base, 'profiles');
  mkdirSync(profiles);
  writeFileSync(join(base, '.env'), 'SLACK_BOT_TOKEN=xoxb-1111-2222-secret\n');
  writeFileSync(join(profiles, 'ann.md'), '# Ann Inside\n\nWorks here.\n');
  return { base, profiles };
}

describe('loadProfiles with a settle time', () => {
  it('reads a file written moments ago once it has stayed unchanged for the settle time', async () => {
    writeFileSync(join(dir, 'ann.md'), '# Ann Fresh\n');
    const started = Date.now();
    const { profiles, changing } = await loadProfiles(dir, { settleMs: 300 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(profiles.map((p) => p.name)).toEqual(['Ann Fresh']);
    expect(changing).toEqual([]);
  });

  it('holds back a file that changes during the settle time, and reads the others', async () => {
    writeFileSync(join(dir, 'bo.md'), '# Bo Settled\n');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(join(dir, 'bo.md'), hourAgo, hourAgo);
    writeFileSync(join(dir, 'ann.md'), '# Ann Half\n');
    const loading = loadProfiles(dir, { settleMs: 300 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    appendFileSync(join(dir, 'ann.md'), '\n## Skills\n\n- Go\n');
    const { profiles, rejected, changing } = await loading;
    expect(profiles.map((p) => p.name)).toEqual(['Bo Settled']);
    expect(changing).toEqual(['ann.md']);
    expect(rejected).toEqual([
      {
        file: 'ann.md',
        line: null,
        reason: 'still being written (changed within 300 ms); read once it stops changing',
      },
    ]);
  });
});

describe.each(READS)('loadProfiles and links ($how reads)', ({ blocking }) => {
  const loadProfiles = (folder: string, options: LoadOptions = {}) => load(folder, { ...options, blocking });
  it('never reads a link that leads out of the profile folder, and says which file and why', async () => {
    const { base, profiles } = folderBesideSecret();
    symlinkSync('../.env', join(profiles, 'notes.md'));
    symlinkSync(join(base, '.env'), join(profiles, 'absolute.md'));
    mkdirSync(join(base, 'elsewhere'));
    symlinkSync(join(base, 'elsewhere'), join(profiles, 'folder-link.md'));
    const { profiles: loaded, rejected } = await loadProfiles(profiles);
    expect(loaded.map((p) => p.file)).toEqual(['ann.md']);
    expect(JSON.stringify(loaded)).not.toContain('xoxb');
    expect(rejected.map((r) => r.file)).toEqual(['absolute.md', 'folder-link.md', 'notes.md']);
    for (const r of rejected)
      expect(r.reason).toMatch(/^links outside the profile folder \(to .+\); not read$/);
  });

  it('loads a Kubernetes ConfigMap volume, whose files are links through ..data', async () => {
    // The kubelet's layout: ann.md -> ..data/ann.md, ..data -> ..2026_11_30_08_00_00.1234
    mkdirSync(join(dir, '..2026_11_30_08_00_00.1234'));
    writeFileSync(join(dir, '..2026_11_30_08_00_00.1234', 'ann.md'), '# Ann Mounted\n');
    symlinkSync('..2026_11_30_08_00_00.1234', join(dir, '..data'));
    symlinkSync('..data/ann.md', join(dir, 'ann.md'));
    const { profiles, rejected } = await loadProfiles(dir);
    expect(profiles.map((p) => [p.file, p.name])).toEqual([['ann.md', 'Ann Mounted']]);
    expect(rejected).toEqual([]);
  });

  it('loads a folder that is itself reached through a link, and links between its own files', async () => {
    const { base, profiles } = folderBesideSecret();
    mkdirSync(join(profiles, 'people'));
    writeFileSync(join(profiles, 'people', 'bo.md'), '# Bo Nested\n');
    symlinkSync('people/bo.md', join(profiles, 'bo.md'));
    symlinkSync(profiles, join(base, 'current'));
    const { profiles: loaded, rejected } = await loadProfiles(join(base, 'current'));
    expect(loaded.map((p) => p.name)).toEqual(['Ann Inside', 'Bo Nested']);
    expect(rejected).toEqual([]);
  });

  it('never reads a link to a file inside the folder that is not a profile file', async () => {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, '.git', 'config'), '[remote "origin"]\n  url = https://token@example.com/p\n');
    writeFileSync(join(dir, '.env'), 'SLACK_BOT_TOKEN=xoxb-1111-2222-secret\n');
    symlinkSync('.git/config', join(dir, 'git.md'));
    symlinkSync('.env', join(dir, 'env.md'));
    const { profiles, rejected } = await loadProfiles(dir);
    expect(profiles).toEqual([]);
    expect(rejected).toEqual([
      { file: 'env.md', line: null, reason: 'links to .env, which is not a profile file' },
      { file: 'git.md', line: null, reason: 'links to .git/config, which is not a profile file' },
    ]);
  });

  it('loads a file reached by several names once, under the first name in sorted order, and lists the others', async () => {
    writeFileSync(join(dir, 'zed-kim.md'), '# Zed Kim\n');
    symlinkSync('zed-kim.md', join(dir, 'alias-z.md'));
    symlinkSync('alias-z.md', join(dir, 'b-alias.md'));
    mkdirSync(join(dir, 'people'));
    writeFileSync(join(dir, 'people', 'ona.md'), '# Ona Park\n');
    symlinkSync('people/ona.md', join(dir, 'y.md'));
    symlinkSync('people/ona.md', join(dir, 'x.md'));
    const { profiles, rejected, duplicates } = await loadProfiles(dir);
    expect(profiles.map((p) => [p.file, p.name])).toEqual([
      ['x.md', 'Ona Park'],
      ['alias-z.md', 'Zed Kim'],
    ]);
    expect(rejected).toEqual([]);
    expect(duplicates).toEqual([
      { file: 'b-alias.md', of: 'alias-z.md' },
      { file: 'y.md', of: 'x.md' },
      { file: 'zed-kim.md', of: 'alias-z.md' },
    ]);
  });

  it('reports a link to nothing and a link that loops', async () => {
    symlinkSync('missing.md', join(dir, 'dangling.md'));
    symlinkSync('loop-b.md', join(dir, 'loop-a.md'));
    symlinkSync('loop-a.md', join(dir, 'loop-b.md'));
    const { rejected } = await loadProfiles(dir);
    expect(rejected).toEqual([
      { file: 'dangling.md', line: null, reason: 'links to a file that does not exist' },
      { file: 'loop-a.md', line: null, reason: 'links in a loop' },
      { file: 'loop-b.md', line: null, reason: 'links in a loop' },
    ]);
  });
});

describe.skipIf(!canMakeFifo).each(READS)(
  'loadProfiles and FIFOs, $how reads (skipped where there is no mkfifo command)',
  ({ blocking }) => {
    const loadProfiles = (folder: string, options: LoadOptions = {}) =>
      load(folder, { ...options, blocking });
    const fifos: string[] = [];
    afterEach(() => {
      for (const path of fifos.splice(0)) releaseFifo(path);
    });

    it('skips a FIFO named like a profile without waiting on it, and loads the rest', {
      timeout: 5000,
    }, async () => {
      writeFileSync(join(dir, 'ann.md'), '# Ann Beside\n');
      mkdirSync(join(dir, 'pipes'));
      fifos.push(join(dir, 'pipe.md'), join(dir, 'pipes', 'other.md'));
      makeFifo(join(dir, 'pipe.md'));
      makeFifo(join(dir, 'pipes', 'other.md'));
      symlinkSync('pipes/other.md', join(dir, 'via-link.md'));
      const { profiles, rejected } = await loadProfiles(dir);
      expect(profiles.map((p) => p.name)).toEqual(['Ann Beside']);
      expect(rejected).toEqual([
        { file: 'pipe.md', line: null, reason: 'not a regular file (a FIFO)' },
        { file: 'via-link.md', line: null, reason: 'not a regular file (a FIFO)' },
      ]);
    });
  },
);
