// A parse cache edited by hand with its checksum recomputed: the sum proves the file is whole, not that
// its entries are profiles. An entry that is not one (a number for a name, an object for the sections)
// once reached the index and stopped the start with a TypeError; now such an entry is never served as a profile.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/profiles/model/profile.js';
import { entryLine } from '../../../src/profiles/store/cache-entry.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { openParseCache } from '../../../src/profiles/store/parse-cache.js';
import { createProfileIndex } from '../../../src/search/profile-index.js';
import { canMakeFifo, makeFifo, releaseFifo } from '../profiles/fifo.js';

let root: string;
let dir: string;
let cacheFile: string;

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'hostile-cache-'));
  dir = join(root, 'profiles');
  mkdirSync(dir);
  cacheFile = join(root, 'profiles.cache');
  writeFileSync(join(dir, 'ada.md'), '# Ada Lovelace\n\nEngineer.\n\n## Skills\n- Rust, Go\n');
  writeFileSync(join(dir, 'bo.md'), '# Bo Stone\n\nDesigner.\n\n## Skills\n- Figma\n');
  const cache = await openParseCache(cacheFile);
  await loadProfiles(dir, { cache });
  await cache.save();
});
afterEach(() => {
  releaseFifo(join(root, 'pipe.cache'));
  rmSync(root, { recursive: true, force: true });
});

/** Rewrites Ada's entry with `edit` and recomputes the trailer, as a forger would (the kept index goes). */
function forgeAdaEntry(edit: (profile: Record<string, unknown>) => unknown): void {
  const [header, ...rest] = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
  const entries = rest.slice(
    0,
    rest.findIndex((line) => line.startsWith('end\t')),
  );
  const forged = entries.map((line) => {
    const [key = '', head = '', body = ''] = line.split('\t');
    const profile = { ...JSON.parse(head), ...JSON.parse(body) } as Record<string, unknown>;
    if (profile.id !== 'ada') return line;
    const edited = edit(profile);
    return edited ? entryLine(key, edited as Profile).trimEnd() : `${key}\tnull\tnull`;
  });
  const sum = createHash('sha256');
  for (const line of forged) sum.update(`${line}\n`);
  writeFileSync(cacheFile, [header, ...forged, `end\t${sum.digest('hex')}\t${forged.length}`, ''].join('\n'));
}

const FORGERIES: [string, (p: Record<string, unknown>) => unknown, 'head' | 'body'][] = [
  ['a number for a name', (p) => ({ ...p, name: 42 }), 'head'],
  ['an object for the sections', (p) => ({ ...p, sections: { 0: {} } }), 'body'],
  ['null for the skills', (p) => ({ ...p, skills: null }), 'body'],
  ['a skill without a name', (p) => ({ ...p, skills: [{ category: null }] }), 'body'],
  [
    'an unknown contact kind',
    (p) => ({ ...p, contacts: [{ kind: 'x-ray', value: 'v', label: 'l' }] }),
    'body',
  ],
  ['no profile at all', () => null, 'head'],
  // Valid to the schema, but no parse ever leaves these in a profile (unsafe-characters.ts).
  ['a terminal escape in the name', (p) => ({ ...p, name: 'Ada \u001b]0;owned\u0007Lovelace' }), 'head'],
  [
    'a bidi override in a skill',
    (p) => ({ ...p, skills: [{ ...(p.skills as object[])[0], name: '\u202eTSUR' }] }),
    'body',
  ],
];

describe('a parse cache edited with a recomputed checksum', () => {
  for (const share of [true, false]) {
    for (const [what, edit, part] of FORGERIES) {
      // Read lazily (as ask does), a forged body is found when first read, after the entry was served:
      // it reads as empty. Otherwise the entry is not served and its file is parsed afresh.
      const afresh = share || part === 'head';
      it(`never serves an entry with ${what} as a profile${share ? '' : ' (read lazily, as ask does)'}, and says so`, async () => {
        forgeAdaEntry(edit);
        const cache = await openParseCache(cacheFile, { share });
        const { profiles } = await loadProfiles(dir, { cache });
        const index = createProfileIndex(profiles);
        expect(index.all().map((p) => p.name)).toEqual(['Ada Lovelace', 'Bo Stone']);
        const ada = profiles.find((p) => p.id === 'ada')!;
        expect(ada.skills.map((skill) => skill.name)).toEqual(afresh ? ['Rust', 'Go'] : []);
        expect(cache.stats.problem).toMatch(/not a profile/);
      });
    }
  }

  it('does not serve an entry under a file name other than its own', async () => {
    forgeAdaEntry((p) => ({ ...p, file: 'bo.md' }));
    const cache = await openParseCache(cacheFile);
    const { profiles } = await loadProfiles(dir, { cache });
    expect(profiles.map((p) => p.file).sort()).toEqual(['ada.md', 'bo.md']);
    expect(profiles.find((p) => p.id === 'ada')?.file).toBe('ada.md');
  });

  it('still serves a well-formed cache in full', async () => {
    const cache = await openParseCache(cacheFile, { share: false });
    expect(cache.stats).toMatchObject({ problem: null, loaded: 2 });
    await loadProfiles(dir, { cache });
    expect(cache.stats.hits).toBe(2);
  });
});

// A named pipe with no writer held the start (and even process exit: a thread stayed blocked in open());
// a link to /dev/zero was read as one endless line, 500 MB in 5 s.
describe('a parse cache path that is not a regular file', () => {
  it.skipIf(!canMakeFifo)('is ignored at once when it is a named pipe', async () => {
    makeFifo(join(root, 'pipe.cache'));
    const started = Date.now();
    const cache = await openParseCache(join(root, 'pipe.cache'));
    expect(Date.now() - started).toBeLessThan(1000);
    expect(cache.stats.problem).toMatch(/not a regular file/);
  });

  it('is ignored at once when it is a link to a device', async () => {
    symlinkSync('/dev/zero', join(root, 'zero.cache'));
    const cache = await openParseCache(join(root, 'zero.cache'));
    expect(cache.stats.problem).toMatch(/not a regular file/);
    expect((await loadProfiles(dir, { cache })).profiles).toHaveLength(2);
  });
});

describe('a parse cache file swapped for another file', () => {
  it('is refused from its first bytes when they are not the header, however long its first line (300 MB with no newline took 6 s and 900 MB)', async () => {
    // Sparse: 256 MB of zero bytes and no newline, stored as nothing.
    writeFileSync(cacheFile, 'not a parse cache ');
    truncateSync(cacheFile, 256 << 20);
    const started = Date.now();
    const cache = await openParseCache(cacheFile);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(cache.stats.problem).toMatch(/another version/);
    expect((await loadProfiles(dir, { cache })).profiles).toHaveLength(2);
  });

  it('is refused when cut short inside its header, and an empty file is an empty cache', async () => {
    const header = readFileSync(cacheFile, 'utf8').split('\n')[0]!;
    writeFileSync(cacheFile, header.slice(0, 20));
    expect((await openParseCache(cacheFile)).stats.problem).toMatch(/another version/);
    writeFileSync(cacheFile, '');
    expect((await openParseCache(cacheFile)).stats.problem).toBeNull();
  });
});
