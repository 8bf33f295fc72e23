// The profile store against a real temp folder: changed, broken, deleted and new files while watching.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProfileStore } from '../../../src/app/profile-store.js';
import type { ProfileStore } from '../../../src/app/profile-store-types.js';
import { createMapIndex, openMapStore, until } from './profile-store-helpers.js';

const seeds = join(import.meta.dirname, '../../../profiles');

let dir: string;
let store: ProfileStore | null = null;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-'));
  for (const name of ['rajat-jog.md', 'rajdeep-sengupta.md'])
    copyFileSync(join(seeds, name), join(dir, name));
});
afterEach(async () => {
  await store?.close();
  store = null;
  rmSync(dir, { recursive: true, force: true });
});

async function open(watch = true) {
  const opened = await openMapStore(dir, watch);
  store = opened.store;
  return opened;
}

const names = (s: ProfileStore) =>
  s
    .index()
    .all()
    .map((p) => p.name);

describe('createProfileStore', () => {
  it('loads the folder into the index', async () => {
    const { store } = await open(false);
    expect(names(store)).toEqual(['Rajat Jog', 'Rajdeep Sengupta']);
    expect(store.rejected()).toEqual([]);
    expect(store.reloads()).toBe(0);
  });

  it('swaps in a changed file', async () => {
    const { store } = await open();
    const path = join(dir, 'rajdeep-sengupta.md');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('Senior Cloud & Infrastructure Engineer', 'Principal Engineer'),
    );
    await until(store, () => store.index().get('rajdeep-sengupta')?.headline === 'Principal Engineer');
    expect(store.reloads()).toBeGreaterThanOrEqual(1);
  });

  it('keeps the last good version of a file that breaks, and logs a warning', async () => {
    const { store, records } = await open();
    writeFileSync(join(dir, 'rajat-jog.md'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    await until(store, () => store.rejected().length === 1);
    expect(store.index().get('rajat-jog')?.name).toBe('Rajat Jog');
    expect(store.rejected()[0]).toMatchObject({
      file: 'rajat-jog.md',
      reason: expect.stringMatching(/binary/),
    });
    expect(records).toContainEqual(
      expect.objectContaining({
        level: 40,
        file: 'rajat-jog.md',
        msg: 'profile broken; keeping its last good version',
      }),
    );
  });

  it('drops a deleted file’s person and adds a new file’s person', async () => {
    const { store } = await open();
    unlinkSync(join(dir, 'rajat-jog.md'));
    writeFileSync(join(dir, 'new-person.md'), '# Nia Newcomer\n\nJust arrived\n');
    await until(store, () => names(store).join() === 'Nia Newcomer,Rajdeep Sengupta');
    expect(store.index().get('rajat-jog')).toBeUndefined();
  });

  it('repairs a broken file when it is fixed again', async () => {
    const { store } = await open();
    const path = join(dir, 'rajdeep-sengupta.md');
    const good = readFileSync(path);
    writeFileSync(path, '');
    await until(store, () => store.rejected().length === 1);
    writeFileSync(path, good);
    await until(store, () => store.rejected().length === 0);
    expect(names(store)).toEqual(['Rajat Jog', 'Rajdeep Sengupta']);
  });

  it('rejects a new file that claims an id already in use', async () => {
    const { store } = await open();
    writeFileSync(join(dir, 'zz-copy.md'), '---\nid: rajat-jog\n---\n# Someone Else\n');
    await until(store, () => store.rejected().length === 1);
    expect(store.rejected()[0]?.reason).toBe('id "rajat-jog" is already used by rajat-jog.md');
    expect(store.index().get('rajat-jog')?.name).toBe('Rajat Jog');
  });

  it('applies a batch of hundreds of changed files, ids moving between files included', async () => {
    const { store } = await open();
    // A git pull: 300 new files, and rajat-jog's id moves to a new file as its old file goes.
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `p${i}.md`), `# Person Number${i}\n\nHello.\n`);
    unlinkSync(join(dir, 'rajat-jog.md'));
    writeFileSync(join(dir, 'rajat-moved.md'), '---\nid: rajat-jog\n---\n# Rajat Moved\n');
    await until(
      store,
      () => store.index().size === 302 && store.index().get('rajat-jog')?.name === 'Rajat Moved',
    );
    expect(store.rejected()).toEqual([]);
    // The id's new owner is remembered: another claimant is refused.
    writeFileSync(join(dir, 'zz-claim.md'), '---\nid: rajat-jog\n---\n# Someone Else\n');
    await until(store, () => store.rejected().length === 1);
    expect(store.rejected()[0]?.reason).toBe('id "rajat-jog" is already used by rajat-moved.md');
  });

  it('ignores editor swap files and stops watching on close', async () => {
    const { store } = await open();
    writeFileSync(join(dir, '.rajat-jog.md.swp'), 'x');
    writeFileSync(join(dir, 'rajat-jog.md~'), 'x');
    await new Promise((r) => setTimeout(r, 200));
    expect(store.reloads()).toBe(0);
    await store.close();
    writeFileSync(join(dir, 'late.md'), '# Late Person\n');
    await new Promise((r) => setTimeout(r, 200));
    expect(names(store)).not.toContain('Late Person');
  });

  it('fails clearly when the folder does not exist', async () => {
    await expect(
      createProfileStore({
        dir: join(dir, 'nope'),
        maxBytes: 1024,
        logger: pino({ level: 'silent' }),
        createIndex: createMapIndex,
        watch: true,
      }),
    ).rejects.toThrow(/does not exist/);
  });
});
