// createParsePool: hot-reload parsing in one worker thread, with a time budget per file and a main-thread
// fallback said once. Stand-in workers (a few lines each) make hangs and crashes deterministic.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { createParsePool, type ParsePool } from '../../../src/profiles/store/parse-pool.js';
import { buildParseWorker } from './build-parse-worker.js';

let dir: string;
let built: { dir: string; worker: URL };
const pools: ParsePool[] = [];

// Answers 'ready', then echoes a made-up profile per file; hangs on hang.md, dies on crash.md, throws on
// throw.md. It counts its files, so a test sees whether a fresh worker took over.
const STAND_IN = `
import { parentPort, threadId } from 'node:worker_threads';
let seen = 0;
parentPort.on('message', ({ files }) => {
  const { name } = files[0];
  seen += 1;
  if (name === 'hang.md') for (;;) {}
  if (name === 'crash.md') process.exit(3);
  if (name === 'throw.md') throw new Error('stand-in parser blew up');
  parentPort.postMessage([{ ok: true, profile: { id: name, file: name, thread: threadId, seen } }]);
});
parentPort.postMessage('ready');
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pa-pool-'));
  writeFileSync(join(dir, 'stand-in.mjs'), STAND_IN);
  writeFileSync(join(dir, 'cannot-load.mjs'), "throw new Error('this worker cannot start');\n");
  writeFileSync(
    join(dir, 'never-ready.mjs'),
    "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage('hello');\n",
  );
  built = await buildParseWorker();
}, 60_000);
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.close()));
  rmSync(dir, { recursive: true, force: true });
  rmSync(built.dir, { recursive: true, force: true });
});

function open(worker: URL | string, timeoutMs = 5000) {
  const fallbacks: string[] = [];
  const pool = createParsePool({
    timeoutMs,
    worker: typeof worker === 'string' ? pathToFileURL(join(dir, worker)) : worker,
    onFallback: (why) => fallbacks.push(why),
  });
  pools.push(pool);
  return { pool, fallbacks };
}

const file = (name: string, text = `# ${name}\n`) => ({ name, bytes: new TextEncoder().encode(text) });
type Echo = { ok: true; profile: { id: string; thread: number; seen: number } };

describe('createParsePool', () => {
  it('parses in the compiled worker exactly what parsing here gives', { timeout: 60_000 }, async () => {
    const { pool, fallbacks } = open(built.worker);
    const files = [
      file('ann.md', '# Ann Example\n\nBackend engineer.\n\n## Skills\n\n- Rust\n- Go\n'),
      file('empty.md', ''),
      file('bo.json', '{"basics":{"name":"Bo Example"}}'),
    ];
    const results = await pool.parse(files, 1 << 20);
    expect(results).toEqual(files.map((f) => parseProfile(f.bytes, f.name, { maxBytes: 1 << 20 })));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(pool.fallback).toBe(false);
    expect(fallbacks).toEqual([]);
  });

  it('skips a file whose parse outlives the budget, says why, and parses the next in a fresh worker', {
    timeout: 30_000,
  }, async () => {
    const { pool } = open('stand-in.mjs', 300);
    const [before, hung, after] = await pool.parse([file('a.md'), file('hang.md'), file('b.md')], 1000);
    expect(hung).toEqual({
      ok: false,
      rejected: {
        file: 'hang.md',
        line: null,
        reason: 'parsing took longer than 300 ms (PROFILE_PARSE_TIMEOUT_MS); skipped',
      },
    });
    const [first, next] = [before as unknown as Echo, after as unknown as Echo];
    expect(first.profile.seen).toBe(1);
    // A new thread, which has seen only this file: the hung one was ended.
    expect(next.profile.seen).toBe(1);
    expect(next.profile.thread).not.toBe(first.profile.thread);
  });

  it('rejects a file its worker dies or throws on, saying so, and goes on with a fresh worker', {
    timeout: 30_000,
  }, async () => {
    const { pool, fallbacks } = open('stand-in.mjs');
    const results = await pool.parse([file('crash.md'), file('throw.md'), file('c.md')], 1000);
    expect(results[0]).toMatchObject({
      ok: false,
      rejected: { file: 'crash.md', reason: 'the parse worker stopped (exit code 3)' },
    });
    expect(results[1]).toMatchObject({
      ok: false,
      rejected: { file: 'throw.md', reason: 'the parser failed (stand-in parser blew up)' },
    });
    expect(results[2]).toMatchObject({ ok: true, profile: { id: 'c.md', seen: 1 } });
    expect(fallbacks).toEqual([]);
  });

  it('parses here, said once, when there is no compiled worker (sources run through tsx)', async () => {
    const { pool, fallbacks } = open('no-such-worker.js');
    const files = [file('ann.md', '# Ann Example\n'), file('bo.md', '# Bo Example\n')];
    const first = await pool.parse(files, 1 << 20);
    const second = await pool.parse(files, 1 << 20);
    expect(first).toEqual(files.map((f) => parseProfile(f.bytes, f.name, { maxBytes: 1 << 20 })));
    expect(second).toEqual(first);
    expect(pool.fallback).toBe(true);
    expect(fallbacks).toEqual([expect.stringMatching(/^no compiled parse worker at .*no-such-worker\.js$/)]);
  });

  it('parses here, said once, when the worker cannot start or says something else than ready', {
    timeout: 30_000,
  }, async () => {
    for (const [script, why] of [
      ['cannot-load.mjs', /could not start: the parser failed \(this worker cannot start\)/],
      ['never-ready.mjs', /could not start: it sent something else than ready/],
    ] as const) {
      const { pool, fallbacks } = open(script);
      const results = await pool.parse(
        [file('ann.md', '# Ann Example\n'), file('bo.md', '# Bo Example\n')],
        1000,
      );
      expect(results.map((r) => r.ok && r.profile.name)).toEqual(['Ann Example', 'Bo Example']);
      expect(fallbacks).toEqual([expect.stringMatching(why)]);
    }
  });

  it('keeps one file in the worker at a time when two batches are asked for at once', async () => {
    const { pool } = open('stand-in.mjs');
    const [one, two] = await Promise.all([
      pool.parse([file('a.md'), file('b.md')], 1000),
      pool.parse([file('c.md'), file('d.md')], 1000),
    ]);
    const ids = [...one!, ...two!].map((r) => (r as unknown as Echo).profile.id);
    expect(ids).toEqual(['a.md', 'b.md', 'c.md', 'd.md']);
  });

  it('rejects what is still waiting once closed, and ends a parse in flight', {
    timeout: 30_000,
  }, async () => {
    const { pool } = open('stand-in.mjs', 60_000);
    const pending = pool.parse([file('hang.md'), file('e.md')], 1000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const start = Date.now();
    await pool.close();
    const results = await pending;
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(results.map((r) => !r.ok && r.rejected.reason)).toEqual([
      'not parsed: the profile store is closing',
      'not parsed: the profile store is closing',
    ]);
  });
});
