import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheDirFor, cacheFileFor, readCodeCache, writeCodeCache } from '../../../bin/run-bundle.js';

const runner = join(process.cwd(), 'bin/run-bundle.js');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-code-cache-'));
  dirs.push(dir);
  return dir;
}

// A small CommonJS "bundle" using what the real one uses: require, module.exports, __filename.
function bundle(dir: string, answer: string): string {
  const file = join(dir, 'main.cjs');
  const body = Array.from(
    { length: 50 },
    (_, i) => `function f${i}(x) { return x.repeat(${i % 3}) + ${i}; }`,
  );
  writeFileSync(
    file,
    `${body.join('\n')}\nconst { basename } = require('node:path');\n` +
      `module.exports.answer = ${JSON.stringify(answer)};\n` +
      `process.stdout.write(basename(__filename) + ' ' + f7('ab') + ' ' + module.exports.answer);\n`,
  );
  return file;
}

/** Runs `file` in a fresh process through runBundle; prints what the bundle prints, then whether the cache was used. */
function run(file: string, cacheDir: string | null): { out: string; cached: boolean } {
  const code = `const { runBundle } = await import(${JSON.stringify(runner)});
    const r = runBundle(${JSON.stringify(file)}, { cacheDir: ${JSON.stringify(cacheDir)}, verb: 'ask' });
    process.stdout.write(' cached=' + r.cached);`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return { out: out.replace(/ cached=\w+$/, ''), cached: out.endsWith('cached=true') };
}

describe('runBundle', () => {
  it('runs a CommonJS bundle, saves its code cache at exit, and uses it on the next run', () => {
    const dir = folder();
    const file = bundle(dir, '42');
    const cacheDir = join(dir, '.code-cache');
    expect(run(file, cacheDir)).toEqual({ out: 'main.cjs ab7 42', cached: false });
    expect(readdirSync(cacheDir)).toHaveLength(1);
    expect(run(file, cacheDir)).toEqual({ out: 'main.cjs ab7 42', cached: true });
  });

  it('ignores a damaged cache, runs the bundle anyway and writes a sound cache again', () => {
    const dir = folder();
    const file = bundle(dir, '42');
    const cacheDir = join(dir, '.code-cache');
    run(file, cacheDir);
    const [name] = readdirSync(cacheDir);
    const cache = join(cacheDir, name!);
    const sound = readFileSync(cache);
    const damaged = Buffer.from(sound);
    damaged[damaged.length - 100]! ^= 0xff;
    writeFileSync(cache, damaged);
    expect(readCodeCache(cache)).toBeUndefined();
    expect(run(file, cacheDir)).toEqual({ out: 'main.cjs ab7 42', cached: false });
    expect(readCodeCache(cache)).toBeDefined();
    expect(run(file, cacheDir).cached).toBe(true);
  });

  it('ignores a truncated, empty or foreign cache file', () => {
    const dir = folder();
    const file = bundle(dir, '42');
    const cacheDir = join(dir, '.code-cache');
    run(file, cacheDir);
    const cache = join(cacheDir, readdirSync(cacheDir)[0]!);
    const sound = readFileSync(cache);
    for (const bad of [sound.subarray(0, sound.length - 1), Buffer.alloc(0), Buffer.from('not a cache')]) {
      writeFileSync(cache, bad);
      expect(readCodeCache(cache)).toBeUndefined();
      expect(run(file, cacheDir)).toEqual({ out: 'main.cjs ab7 42', cached: false });
    }
  });

  it("never runs another bundle's cache: a changed bundle gets its own file and the old one is dropped", () => {
    const dir = folder();
    const cacheDir = join(dir, '.code-cache');
    const file = bundle(dir, '42');
    run(file, cacheDir);
    const before = readdirSync(cacheDir);
    bundle(dir, '43'); // same length, other bytes: V8 alone would only compare the length
    expect(run(file, cacheDir)).toEqual({ out: 'main.cjs ab7 43', cached: false });
    const after = readdirSync(cacheDir);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it('runs without a cache when given no cache folder', () => {
    const dir = folder();
    const file = bundle(dir, '42');
    expect(run(file, null)).toEqual({ out: 'main.cjs ab7 42', cached: false });
    expect(readdirSync(dir)).toEqual(['main.cjs']);
  });
});

describe('code cache files', () => {
  it('names the cache after the bundle bytes and the verb', () => {
    const a = cacheFileFor('/c', Buffer.from('x'), 'ask');
    expect(a).toMatch(/^\/c\/ask-[0-9a-f]{24}\.bin$/);
    expect(cacheFileFor('/c', Buffer.from('y'), 'ask')).not.toBe(a);
    expect(cacheFileFor('/c', Buffer.from('x'), 'start')).toBe(a.replace('/c/ask-', '/c/start-'));
  });

  it('reads back exactly what it wrote', () => {
    const file = join(folder(), 'sub', 'ask-0123456789abcdef01234567.bin');
    const payload = Buffer.from('payload bytes');
    writeCodeCache(file, payload);
    expect(readCodeCache(file)?.equals(payload)).toBe(true);
  });

  it('keeps the cache beside a bundle it may write to, else in the user cache folder', () => {
    const dir = folder();
    expect(cacheDirFor(join(dir, 'main.cjs'), {})).toBe(join(dir, '.code-cache'));
    const home = folder();
    expect(cacheDirFor(join(dir, 'missing', 'main.cjs'), { XDG_CACHE_HOME: home })).toBe(
      join(home, 'profile-assistant', 'code-cache'),
    );
  });
});
