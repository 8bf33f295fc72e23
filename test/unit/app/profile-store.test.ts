// The profile store against a real temp folder: changed, broken, deleted and new files while watching.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProfileStore, type ProfileStore } from '../../../src/app/profile-store.js';
import type { Profile } from '../../../src/profiles/profile.js';
import type { ProfileIndex } from '../../../src/search/search-types.js';

const seeds = join(import.meta.dirname, '../../../profiles');

/** A minimal ProfileIndex over a Map: the store only uses all/get/upsert/remove. */
function createMapIndex(profiles: readonly Profile[]): ProfileIndex {
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const unused = () => {
    throw new Error('not used by the store');
  };
  return {
    get size() {
      return byId.size;
    },
    all: () => [...byId.values()].sort((a, b) => a.name.localeCompare(b.name)),
    get: (id) => byId.get(id),
    upsert: (p) => void byId.set(p.id, p),
    remove: (id) => void byId.delete(id),
    resolvePerson: unused,
    whoKnows: unused,
    whoKnowsAll: unused,
    search: unused,
    resolveSection: unused,
    completePeople: unused,
    completeSkills: unused,
    completeSections: unused,
  };
}

/** Captures log records so tests can assert what the store said. */
function createMemoryLogger() {
  const records: { level: number; msg: string; file?: string; reason?: string }[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void records.push(JSON.parse(line)) });
  return { logger, records };
}

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
  const { logger, records } = createMemoryLogger();
  store = await createProfileStore({
    dir,
    maxBytes: 1024 * 1024,
    logger,
    createIndex: createMapIndex,
    watch,
    debounceMs: 50,
  });
  return { store, records };
}

/** Waits until the store has applied `count` reload batches and `check` holds. */
async function until(s: ProfileStore, check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; reloads=${s.reloads()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
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
