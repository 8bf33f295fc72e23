// loadProfiles: reads the folder, skips and reports bad files, rejects duplicate ids, never reads huge files.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isProfileFile, loadProfiles } from '../../../src/profiles/load-profiles.js';
import { generateProfile } from '../../bench/markdown-corpus.js';

const fixtures = join(import.meta.dirname, '../../fixtures/profiles');
const seeds = join(import.meta.dirname, '../../../profiles');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'profiles-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadProfiles', () => {
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
    expect(rejected).toEqual([{ file: 'folder.md', line: null, reason: 'not a regular file' }]);
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
