// watchFolder on a real temp folder: batches of accepted names, a full rescan when a ConfigMap's ..data
// link is swapped, and names queued again by the caller.
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FolderWatcher, watchFolder } from '../../../src/app/watch-folder.js';
import { isProfileFile } from '../../../src/profiles/store/load-profiles.js';

let dir: string;
let watcher: FolderWatcher | null = null;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'watch-'));
});
afterEach(async () => {
  await watcher?.close();
  watcher = null;
  rmSync(dir, { recursive: true, force: true });
});

/** Starts watching; returns the batches seen so far ('*' for a rescan of everything). */
function watchBatches(): string[][] {
  const batches: string[][] = [];
  watcher = watchFolder(dir, {
    debounceMs: 30,
    accept: isProfileFile,
    rescan: (name) => name === '..data',
    onBatch: async (names) => void batches.push(names ? [...names].sort() : ['*']),
    onError: (error) => {
      throw error;
    },
  });
  return batches;
}

async function until(check: () => boolean): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 3000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('watchFolder', () => {
  it('hands over changed profile names and ignores dotfiles and other names', async () => {
    const batches = watchBatches();
    writeFileSync(join(dir, '.hidden.md'), 'x');
    writeFileSync(join(dir, 'notes.txt'), 'x');
    writeFileSync(join(dir, 'ann.md'), '# Ann\n');
    await until(() => batches.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(new Set(batches.flat())).toEqual(new Set(['ann.md']));
  });

  it('asks for a rescan of everything when the ..data link is swapped', async () => {
    symlinkSync('..v1', join(dir, '..data'));
    const batches = watchBatches();
    symlinkSync('..v2', join(dir, '..data_tmp'));
    renameSync(join(dir, '..data_tmp'), join(dir, '..data'));
    await until(() => batches.length > 0);
    expect(batches).toEqual([['*']]);
  });

  it('runs a batch for names queued by the caller, and none for an empty queue', async () => {
    const batches = watchBatches();
    watcher!.queue([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(batches).toEqual([]);
    watcher!.queue(['bo.md']);
    await until(() => batches.length > 0);
    expect(batches).toEqual([['bo.md']]);
  });
});
