// parseInWorkers: many files parsed on other cores give exactly what parsing them here gives, in order.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProfile } from '../../../src/profiles/parse-profile.js';
import { parseInWorkers, workersFor } from '../../../src/profiles/store/parse-in-workers.js';
import { generateProfile } from '../../bench/markdown-corpus.js';
import { buildParseWorker } from './build-parse-worker.js';

let dir: string;
let worker: URL;

// The worker runs compiled code, as in the bundle.
beforeAll(async () => {
  ({ dir, worker } = await buildParseWorker());
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const encoder = new TextEncoder();
function corpus(count: number) {
  const files = Array.from({ length: count }, (_, i) => {
    const { file, text } = generateProfile(i);
    return { name: `${i}-${file}`, bytes: encoder.encode(text) };
  });
  // A file the parser rejects travels back as a rejection, in its place.
  files.splice(7, 0, { name: 'empty.md', bytes: new Uint8Array() });
  return files;
}

describe('workersFor', () => {
  it('starts no worker for a few files, on one core, or when every core is busy already', () => {
    expect(workersFor(100, 8, 0)).toBe(0);
    expect(workersFor(5000, 1, 0)).toBe(0);
    expect(workersFor(5000, 2, 2.5)).toBe(0);
    expect(workersFor(1000, 2, 0.4)).toBe(0);
  });

  it('counts a core as idle when under a third of it is busy: a quiet two-core machine gets one worker', () => {
    expect(workersFor(1000, 2, 0)).toBe(1);
    expect(workersFor(1000, 2, 0.25)).toBe(1);
    expect(workersFor(5000, 8, 4.2)).toBe(3);
  });

  it('uses the idle cores but one (this thread parses too), as many as the files pay for, at most 7', () => {
    expect(workersFor(5000, 4, 0)).toBe(3);
    expect(workersFor(5000, 8, 4.4)).toBe(2);
    expect(workersFor(320, 8, 0)).toBe(2);
    expect(workersFor(50_000, 64, 0)).toBe(7);
  });
});

describe('parseInWorkers', () => {
  it('gives exactly the results of parsing here, in the files order', { timeout: 120_000 }, async () => {
    const files = corpus(320);
    const here = files.map((f) => parseProfile(f.bytes, f.name, { maxBytes: 1 << 20 }));
    const there = await parseInWorkers(files, 1 << 20, parseProfile, { cores: 3, load: 0, worker });
    expect(there).toHaveLength(files.length);
    expect(there[7]).toMatchObject({ ok: false, rejected: { file: 'empty.md' } });
    expect(there).toEqual(here);
  });

  it('parses here whatever a broken worker was given', { timeout: 60_000 }, async () => {
    const broken = join(dir, 'broken-worker.mjs');
    writeFileSync(broken, "throw new Error('this worker cannot start');\n");
    const files = corpus(320);
    const results = await parseInWorkers(files, 1 << 20, parseProfile, {
      cores: 3,
      load: 0,
      worker: pathToFileURL(broken),
    });
    expect(results).toEqual(files.map((f) => parseProfile(f.bytes, f.name, { maxBytes: 1 << 20 })));
  });

  it('parses everything here when there is no compiled worker (sources run through tsx)', async () => {
    const files = corpus(320);
    const missing = pathToFileURL(join(dir, 'no-such-worker.js'));
    const results = await parseInWorkers(files, 1 << 20, parseProfile, {
      cores: 8,
      load: 0,
      worker: missing,
    });
    expect(results.map((r) => r.ok)).toEqual(files.map((f) => f.name !== 'empty.md'));
  });
});
