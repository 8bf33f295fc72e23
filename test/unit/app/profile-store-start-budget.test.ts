// The profile store's start-up is bounded: a file too large to parse on the thread that answers, and
// every file once the start budget is spent, loads in the parse worker (its per-file time budget too)
// while the store already serves the others.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createProfileStore } from '../../../src/app/profile-store.js';
import type { ProfileStore } from '../../../src/app/profile-store-types.js';
import { buildParseWorker, HANG_MARK } from '../profiles/build-parse-worker.js';
import { pathologicalProfile } from './pathological-profile.js';
import { createMapIndex, createMemoryLogger, until } from './profile-store-helpers.js';

const ROOT = join(import.meta.dirname, '../../..');
let built: { dir: string; worker: URL; hanging: URL };
let dir: string;
let store: ProfileStore | null = null;

beforeAll(async () => {
  built = await buildParseWorker();
}, 60_000);
afterAll(() => rmSync(built.dir, { recursive: true, force: true }));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'store-start-'));
  for (const name of ['rajat-jog.md', 'rajdeep-sengupta.md'])
    copyFileSync(join(ROOT, 'profiles', name), join(dir, name));
});
afterEach(async () => {
  await store?.close();
  store = null;
  rmSync(dir, { recursive: true, force: true });
});

async function open(options: {
  startupBudgetMs: number;
  parseTimeoutMs?: number;
  cacheFile?: string;
  parseWorker?: URL;
}) {
  const { logger, records } = createMemoryLogger();
  store = await createProfileStore({
    dir,
    maxBytes: 8 * 1024 * 1024,
    logger,
    createIndex: createMapIndex,
    watch: false,
    parseWorker: built.worker,
    ...options,
  });
  return { store, records };
}

describe('createProfileStore start-up budget', () => {
  it('serves large real profiles from the start when the worker parses them within the budget', {
    timeout: 90_000,
  }, async () => {
    const projects = Array.from({ length: 5000 }, (_, i) => `- Project ${i}: a small tool for teams`);
    // More than one background reload's worth (8 files each).
    const names = ['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo', 'Gus', 'Hal', 'Ida', 'Jo'];
    for (const [i, name] of names.entries())
      writeFileSync(join(dir, `ann-${i}.md`), `# ${name} Example\n\n## Projects\n${projects.join('\n')}\n`);
    const { store, records } = await open({ startupBudgetMs: 80_000 });
    expect(store.index().get('ann-9')?.name).toBe('Jo Example');
    expect(store.index().size).toBe(12);
    expect(records.map((r) => r.msg)).toContain('profiles loaded in the background');
    expect(records.filter((r) => /main thread/.test(r.msg))).toEqual([]);
  });

  it('answers with the other profiles while a pathological file parses, then skips it past its time budget', {
    timeout: 120_000,
  }, async () => {
    // Too large for the answering thread; marked so its parse never ends, however fast the machine (a
    // hostile file's parse, capped, now takes well under a second).
    writeFileSync(
      join(dir, 'ann-example.md'),
      `${HANG_MARK}\n${pathologicalProfile('Ann Example', 'html', 200_000)}`,
    );
    // A budget a loaded machine does not spend on the two small files, well under the file's time limit.
    const { store, records } = await open({
      startupBudgetMs: 1000,
      parseTimeoutMs: 5000,
      parseWorker: built.hanging,
    });
    expect(store.index().size).toBe(2);
    expect(store.rejected()).toEqual([]);
    expect(records.find((r) => r.msg === 'profiles loaded')).toMatchObject({ profiles: 2, inBackground: 1 });
    await until(store, () => store.rejected().length > 0, 90_000);
    expect(store.rejected()).toEqual([
      {
        file: 'ann-example.md',
        line: null,
        reason: 'parsing took longer than 5000 ms (PROFILE_PARSE_TIMEOUT_MS); skipped',
      },
    ]);
    expect(store.index().size).toBe(2);
  });

  it('keeps the files parsed in the background in the parse cache, so the next start does not parse them', {
    timeout: 90_000,
  }, async () => {
    const projects = Array.from({ length: 5000 }, (_, i) => `- Project ${i}: a small tool for teams`);
    writeFileSync(join(dir, 'ann-example.md'), `# Ann Example\n\n## Projects\n${projects.join('\n')}\n`);
    const cacheFile = join(dir, 'parse-cache');
    const first = await open({ startupBudgetMs: 80_000, cacheFile });
    expect(first.records.find((r) => r.msg === 'profiles loaded')).toMatchObject({ inBackground: 1 });
    expect(first.store.index().get('ann-example')?.name).toBe('Ann Example');
    await first.store.close();
    store = null;
    const second = await open({ startupBudgetMs: 80_000, cacheFile });
    const loaded = second.records.find((r) => r.msg === 'profiles loaded');
    expect(loaded).toMatchObject({ profiles: 3, fromCache: 3, parsed: 0 });
    expect(loaded).not.toHaveProperty('inBackground');
  });
});
