// One-off loads (`ask`, `profiles check`) bound each large file's parse as a server's reloads do: a file
// over MAIN_THREAD_MAX_BYTES parses in the parse worker within PROFILE_PARSE_TIMEOUT_MS, or is skipped
// saying why, and the command goes on with the other files.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run as ask } from '../../../src/cli/ask.js';
import { run as check } from '../../../src/cli/profiles-check.js';
import { loadProfilesOnce } from '../../../src/profiles/store/load-profiles-once.js';
import { parseTimeoutReason } from '../../../src/profiles/store/parse-pool.js';
import { pathologicalProfile } from '../app/pathological-profile.js';
import { captureIo } from '../cli/cli-streams.js';
import { buildParseWorker } from '../profiles/build-parse-worker.js';

const ROOT = join(import.meta.dirname, '../../..');
let built: { dir: string; worker: URL };
let dir: string;

beforeAll(async () => {
  built = await buildParseWorker();
}, 60_000);
afterAll(() => rmSync(built.dir, { recursive: true, force: true }));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'one-off-timeout-'));
  copyFileSync(join(ROOT, 'profiles', 'rajat-jog.md'), join(dir, 'rajat-jog.md'));
  // A few hundred ms of parsing here (linear, capped): ten times a 20 ms limit, on a fast machine too.
  writeFileSync(join(dir, 'slow.md'), pathologicalProfile('Slow Example', 'quotes', 1_000_000));
  return () => rmSync(dir, { recursive: true, force: true });
});

describe('one-off loads with a hostile large file', () => {
  it('skips a large file whose parse outlives the time limit, naming the file and the limit', {
    timeout: 60_000,
  }, async () => {
    const fallbacks: string[] = [];
    const { profiles, rejected } = await loadProfilesOnce(dir, {
      maxBytes: 2 << 20,
      blocking: true,
      timeoutMs: 20,
      worker: built.worker,
      onFallback: (why) => fallbacks.push(why),
    });
    expect(profiles.map((p) => p.id)).toEqual(['rajat-jog']);
    expect(rejected).toEqual([{ file: 'slow.md', line: null, reason: parseTimeoutReason(20) }]);
    expect(fallbacks).toEqual([]);
  });

  it('parses a large file in the worker exactly as here when it keeps within the limit', {
    timeout: 60_000,
  }, async () => {
    const { profiles, rejected } = await loadProfilesOnce(dir, {
      maxBytes: 2 << 20,
      blocking: true,
      timeoutMs: 30_000,
      worker: built.worker,
      onFallback: () => {},
    });
    expect(rejected).toEqual([]);
    expect(profiles.map((p) => p.id).sort()).toEqual(['rajat-jog', 'slow']);
  });

  it('says on stderr, once, when `profiles check` and `ask` have no worker to bound a large file', {
    timeout: 60_000,
  }, async () => {
    // Sources run here, with no compiled worker beside them: the warning proves both commands use the pool.
    const checked = captureIo({ cwd: ROOT });
    await check([dir], checked.io);
    expect(checked.stderr()).toMatch(/warning: large profiles parse on this thread, with no time limit/);
    const asked = captureIo({ cwd: ROOT });
    expect(await ask(['who knows rust', '--profiles', dir], asked.io)).toBe(0);
    expect(asked.stderr().match(/with no time limit/g)).toHaveLength(1);
  });
});
