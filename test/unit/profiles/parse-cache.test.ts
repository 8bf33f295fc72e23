// The parse cache: a restart reads unchanged files from it, an edited file is parsed afresh, and a cache
// that is damaged, foreign or unwritable is reported and never changes an answer.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createProfileStore } from '../../../src/app/profile-store.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { openParseCache } from '../../../src/profiles/store/parse-cache.js';
import { readCacheEntries } from '../../../src/profiles/store/read-cache-entries.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { generateProfile } from '../../bench/markdown-corpus.js';

const seeds = join(import.meta.dirname, '../../../profiles');
let dir: string;
let cacheFile: string;

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'parse-cache-'));
  dir = join(root, 'profiles');
  mkdirSync(dir);
  cacheFile = join(root, 'profiles.cache');
  for (const name of ['rajat-jog.md', 'rajdeep-sengupta.md'])
    copyFileSync(join(seeds, name), join(dir, name));
  for (let i = 0; i < 5; i++) {
    const { file, text } = generateProfile(i);
    writeFileSync(join(dir, file), text);
  }
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

async function loadWithCache() {
  const cache = await openParseCache(cacheFile);
  const result = await loadProfiles(dir, { cache });
  await cache.save();
  return { ...result, stats: cache.stats };
}

async function openStore(file: string) {
  const messages: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => messages.push(JSON.parse(line).msg) });
  const store = await createProfileStore({
    dir,
    maxBytes: 1 << 20,
    logger,
    createIndex: createProfileIndex,
    watch: false,
    cacheFile: file,
    // Past the files' writing: every start may stamp them, so a slow machine crossing the stamps' margin
    // between two starts cannot make the second write stamps the first could not.
    cacheNow: () => Date.now() + 60_000,
  });
  return { store, messages };
}

describe('the parse cache (PROFILES_CACHE_FILE)', () => {
  it('serves every unchanged file on the next start, with the same profiles as a fresh parse', async () => {
    const fresh = await loadProfiles(dir);
    const first = await loadWithCache();
    expect(first.stats).toMatchObject({ hits: 0, misses: 7, loaded: 0, problem: null });
    const second = await loadWithCache();
    expect(second.stats).toMatchObject({ hits: 7, misses: 0, loaded: 7, problem: null });
    expect(second.profiles).toEqual(fresh.profiles);
  });

  it('parses an edited file afresh and drops entries of files that are gone', async () => {
    await loadWithCache();
    const edited = readFileSync(join(dir, 'rajdeep-sengupta.md'), 'utf8').replace(/Terraform/g, 'Pulumi');
    writeFileSync(join(dir, 'rajdeep-sengupta.md'), edited);
    rmSync(join(dir, 'person-0.md'));
    const next = await loadWithCache();
    expect(next.stats).toMatchObject({ hits: 5, misses: 1 });
    const rajdeep = next.profiles.find((p) => p.id === 'rajdeep-sengupta')!;
    expect(rajdeep.skills.map((s) => s.name)).toContain('Pulumi');
    expect(rajdeep.skills.map((s) => s.name)).not.toContain('Terraform');
    const again = await loadWithCache();
    expect(again.stats).toMatchObject({ hits: 6, misses: 0, loaded: 6 });
  });

  it('ignores a damaged cache, says why, parses everything and writes a good one', async () => {
    await loadWithCache();
    const lines = readFileSync(cacheFile, 'utf8').split('\n');
    // Its head replaced by other JSON, its body kept: still shaped as an entry, only the sum tells.
    lines[2] = `${lines[2]!.slice(0, 65)}{"id": 42}${lines[2]!.slice(lines[2]!.indexOf('\t', 65))}`;
    writeFileSync(cacheFile, lines.join('\n'));
    const damaged = await loadWithCache();
    expect(damaged.stats.problem).toMatch(/could not be read \(damaged: its checksum does not match\)/);
    expect(damaged.stats).toMatchObject({ hits: 0, misses: 7 });
    expect(damaged.profiles).toEqual((await loadProfiles(dir)).profiles);
    expect((await loadWithCache()).stats).toMatchObject({ hits: 7, problem: null });
  });

  it('ignores a cache cut short (a full disk, a killed process) and one with a line edited to valid JSON', async () => {
    await loadWithCache();
    const text = readFileSync(cacheFile, 'utf8');
    const lines = text.trimEnd().split('\n');
    writeFileSync(cacheFile, `${lines.slice(0, -2).join('\n')}\n`);
    const cut = await loadWithCache();
    expect(cut.stats.problem).toMatch(/cut short/);
    expect(cut.stats).toMatchObject({ hits: 0, misses: 7, loaded: 0 });
    const edited = text.replace(/"name":"[^"]+"/, '"name":"Somebody Else"');
    expect(edited).not.toBe(text);
    writeFileSync(cacheFile, edited);
    const tampered = await loadWithCache();
    expect(tampered.stats.problem).toMatch(/checksum/);
    expect(tampered.profiles).toEqual((await loadProfiles(dir)).profiles);
  });

  it('does not read a cache written by another parser version', async () => {
    await loadWithCache();
    const text = readFileSync(cacheFile, 'utf8');
    writeFileSync(
      cacheFile,
      text.replace(/^profile-assistant parse cache v3 \w+/, 'profile-assistant parse cache v3 0000'),
    );
    const next = await loadWithCache();
    expect(next.stats).toMatchObject({ hits: 0, misses: 7 });
    expect(next.stats.problem).toMatch(/another version of the parser/);
  });

  it('still loads every profile when the cache cannot be written, with a warning', async () => {
    const { store, messages } = await openStore(join(dir, 'missing-folder', 'profiles.cache'));
    expect(store.index().size).toBe(7);
    await store.close(); // waits for the save
    expect(messages).toContain('parse cache not saved');
  });

  it('does not rewrite the cache on a restart where nothing changed', async () => {
    const first = await openStore(cacheFile);
    await first.store.close();
    expect(first.messages).toContain('parse cache saved');
    const second = await openStore(cacheFile);
    await second.store.close();
    expect(second.store.index().size).toBe(7);
    expect(second.messages).not.toContain('parse cache saved');
  });
});

describe('the parse cache for a one-off ask', () => {
  it('serves the same profiles without sharing their strings, read blocking and parsed in workers', async () => {
    const fresh = await loadProfiles(dir);
    await loadWithCache();
    const cache = await openParseCache(cacheFile, { share: false });
    const served = await loadProfiles(dir, { cache, blocking: true, workers: true });
    expect(cache.stats).toMatchObject({ hits: 7, misses: 0, loaded: 7, problem: null });
    expect(served.profiles).toEqual(fresh.profiles);
  });

  it("decodes a profile's large fields on first read, in their place: the same JSON as a fresh parse", async () => {
    const fresh = await loadProfiles(dir);
    await loadWithCache();
    const cache = await openParseCache(cacheFile, { share: false });
    const served = await loadProfiles(dir, { cache, blocking: true });
    const first = served.profiles[0]!;
    expect(Object.getOwnPropertyDescriptor(first, 'sections')?.get).toBeTypeOf('function');
    expect(first.sections).toEqual(fresh.profiles[0]!.sections);
    expect(Object.getOwnPropertyDescriptor(first, 'experience')).toMatchObject({ writable: true });
    served.profiles[1]!.warnings = [];
    expect(served.profiles[1]!.sections).toEqual(fresh.profiles[1]!.sections);
    expect(served.profiles[1]!.warnings).toEqual([]);
    served.profiles[1]!.warnings = fresh.profiles[1]!.warnings;
    expect(JSON.stringify(served.profiles)).toBe(JSON.stringify(fresh.profiles));
  });

  it('reads a lazy profile the same through a spread copy, an object inheriting from it and a clone', async () => {
    const fresh = await loadProfiles(dir);
    await loadWithCache();
    const cache = await openParseCache(cacheFile, { share: false });
    const served = (await loadProfiles(dir, { cache, blocking: true })).profiles;
    const want = fresh.profiles.map((p) => JSON.stringify(p.skills));
    expect(JSON.stringify(Object.create(served[0]!).skills)).toBe(want[0]);
    expect(JSON.stringify({ ...served[1]! }.skills)).toBe(want[1]);
    expect(JSON.stringify(structuredClone(served[2]!).skills)).toBe(want[2]);
    expect(JSON.stringify(served.map((p) => p.skills))).toBe(
      JSON.stringify(fresh.profiles.map((p) => p.skills)),
    );
  });

  it('stores what it parsed in workers or here, so the next ask is served from the cache', async () => {
    const first = await openParseCache(cacheFile, { share: false });
    const parsed = await loadProfiles(dir, { cache: first, blocking: true, workers: true });
    await first.save();
    const second = await openParseCache(cacheFile, { share: false });
    const served = await loadProfiles(dir, { cache: second, blocking: true, workers: true });
    expect(first.stats.misses).toBe(7);
    expect(second.stats).toMatchObject({ hits: 7, misses: 0 });
    expect(served.profiles).toEqual(parsed.profiles);
  });
});

describe('reading a parse cache in blocks', () => {
  it('checks the same sum whatever blocks its entries straddle, and still finds a damaged entry', async () => {
    await loadWithCache();
    const { parserFingerprint } = await import('../../../src/profiles/store/parser-fingerprint.js');
    const version = `profile-assistant parse cache v3 ${await parserFingerprint()}`;
    const keys = async (block?: number) => {
      const into = new Map();
      await readCacheEntries(cacheFile, version, into, block);
      return [...into.keys()];
    };
    const whole = await keys();
    expect(whole).toHaveLength(7);
    for (const block of [64, 1000, 4096]) expect(await keys(block)).toEqual(whole);
    const text = readFileSync(cacheFile, 'utf8');
    writeFileSync(cacheFile, text.replace(/"name":"[^"]+"/, '"name":"Somebody Else"'));
    for (const block of [64, 1000, undefined])
      await expect(keys(block)).rejects.toThrow(/checksum does not match/);
  });
});
