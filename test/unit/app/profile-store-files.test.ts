// The profile store on awkward and hostile folders: links out of the folder, FIFOs, files written in
// chunks, and a Kubernetes ConfigMap volume updated by swapping its ..data link.
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProfileStore } from '../../../src/app/profile-store.js';
import type { ProfileStore } from '../../../src/app/profile-store-types.js';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { canMakeFifo, makeFifo, releaseFifo } from '../profiles/fifo.js';
import { createMapIndex, createMemoryLogger, until } from './profile-store-helpers.js';

// Twelve skills: any profile built from part of this file has fewer.
const complete = readFileSync(join(import.meta.dirname, '../../fixtures/chunked/twelve-skills.md'));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let base: string;
let dir: string;
let store: ProfileStore | null = null;
const fifos: string[] = [];

beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'store-files-'));
  dir = join(base, 'profiles');
  mkdirSync(dir);
});
afterEach(async () => {
  for (const path of fifos.splice(0)) releaseFifo(path);
  await store?.close();
  store = null;
  rmSync(base, { recursive: true, force: true });
});

/** Opens a watching store whose index records every profile it is ever given. */
async function open() {
  const seen: Profile[] = [];
  const { logger, records } = createMemoryLogger();
  store = await createProfileStore({
    dir,
    maxBytes: 1024 * 1024,
    logger,
    createIndex: (profiles) => {
      seen.push(...profiles);
      const index = createMapIndex(profiles);
      const upsert = index.upsert;
      index.upsert = (profile) => {
        seen.push(profile);
        upsert(profile);
      };
      return index;
    },
    watch: true,
    debounceMs: 50,
  });
  return { store, seen, records };
}

/** Writes `bytes` to `path` in `chunks` pieces, `gapMs` apart, as a slow copy or upload would. */
async function writeInChunks(path: string, bytes: Uint8Array, chunks: number, gapMs: number) {
  const size = Math.ceil(bytes.length / chunks);
  const fd = openSync(path, 'w');
  try {
    for (let at = 0; at < bytes.length; at += size) {
      writeSync(fd, bytes.subarray(at, at + size));
      await sleep(gapMs);
    }
  } finally {
    closeSync(fd);
  }
}

const skillsOf = (s: ProfileStore) => s.index().get('ann')?.skills.length;

describe('createProfileStore and files being written', () => {
  it('never serves a profile from a file written in 12 chunks, and serves the complete file', async () => {
    writeFileSync(join(dir, 'ann.md'), '# Ann Chunked\n\nOld headline.\n');
    const { store, seen } = await open();
    await sleep(100);
    await writeInChunks(join(dir, 'ann.md'), complete, 12, 120);
    await until(store, () => skillsOf(store) === 12);
    expect(store.reloads()).toBeGreaterThanOrEqual(2);
    const versions = seen.map((p) => (p.headline === 'Old headline.' ? 'old' : `${p.skills.length} skills`));
    expect(new Set(versions)).toEqual(new Set(['old', '12 skills']));
    expect(store.rejected()).toEqual([]);
  });

  it('holds back a file still being written at start-up, then serves it complete', async () => {
    const writing = writeInChunks(join(dir, 'ann.md'), complete, 12, 120);
    await sleep(400);
    const { store, seen } = await open();
    await writing;
    await until(store, () => skillsOf(store) === 12);
    expect(seen.map((p) => p.skills.length)).toEqual(seen.map(() => 12));
  });
});

describe('createProfileStore and links', () => {
  it('refuses a link out of the folder added while running, and says why', async () => {
    writeFileSync(join(base, '.env'), 'SLACK_BOT_TOKEN=xoxb-1111-2222-secret\n');
    writeFileSync(join(dir, 'ann.md'), '# Ann Steady\n');
    const { store, seen } = await open();
    symlinkSync('../.env', join(dir, 'notes.md'));
    await until(store, () => store.rejected().length === 1);
    expect(store.rejected()[0]).toMatchObject({
      file: 'notes.md',
      reason: expect.stringMatching(/^links outside the profile folder/),
    });
    expect(JSON.stringify(seen)).not.toContain('xoxb');
  });

  it('reloads a Kubernetes ConfigMap volume when the kubelet swaps its ..data link', async () => {
    // The kubelet's atomic update: a new timestamped folder, a ..data_tmp link to it renamed over ..data.
    mkdirSync(join(dir, '..2026_11_30_08_00_00.1'));
    writeFileSync(join(dir, '..2026_11_30_08_00_00.1', 'ann.md'), '# Ann Version One\n');
    symlinkSync('..2026_11_30_08_00_00.1', join(dir, '..data'));
    symlinkSync('..data/ann.md', join(dir, 'ann.md'));
    const { store } = await open();
    expect(store.index().get('ann')?.name).toBe('Ann Version One');
    mkdirSync(join(dir, '..2026_11_30_09_00_00.2'));
    writeFileSync(join(dir, '..2026_11_30_09_00_00.2', 'ann.md'), '# Ann Version Two\n');
    symlinkSync('..2026_11_30_09_00_00.2', join(dir, '..data_tmp'));
    renameSync(join(dir, '..data_tmp'), join(dir, '..data'));
    rmSync(join(dir, '..2026_11_30_08_00_00.1'), { recursive: true });
    await until(store, () => store.index().get('ann')?.name === 'Ann Version Two');
    expect(store.rejected()).toEqual([]);
  });
});

describe.skipIf(!canMakeFifo)('createProfileStore and FIFOs (skipped where there is no mkfifo)', () => {
  it('starts with a FIFO named like a profile in the folder, and reports it', { timeout: 5000 }, async () => {
    writeFileSync(join(dir, 'ann.md'), '# Ann Steady\n');
    fifos.push(join(dir, 'pipe.md'));
    makeFifo(join(dir, 'pipe.md'));
    const { store } = await open();
    expect(store.index().get('ann')?.name).toBe('Ann Steady');
    expect(store.rejected()).toEqual([
      { file: 'pipe.md', line: null, reason: 'not a regular file (a FIFO)' },
    ]);
  });

  it('skips a FIFO created while running, keeps reloading, and closes', { timeout: 8000 }, async () => {
    writeFileSync(join(dir, 'ann.md'), '# Ann Steady\n');
    const { store } = await open();
    fifos.push(join(dir, 'late.md'));
    makeFifo(join(dir, 'late.md'));
    await until(store, () => store.rejected().length === 1);
    expect(store.rejected()[0]?.reason).toBe('not a regular file (a FIFO)');
    writeFileSync(join(dir, 'bo.md'), '# Bo Later\n');
    await until(store, () => store.index().get('bo')?.name === 'Bo Later');
    await store.close();
  });
});
