// File stamps in the parse cache: an unchanged file is served without being read, and every change a
// stamp could miss (an edit of the same size with its mtime put back, a file swapped for another, one
// removed or added, a file changed moments before it was read) is still noticed; a damaged or forged
// stamps line is never trusted.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MARGIN_MS } from '../../../src/profiles/store/file-stamps.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { openParseCache } from '../../../src/profiles/store/parse-cache.js';
import { generateProfile } from '../../bench/markdown-corpus.js';

let root: string;
let dir: string;
let cacheFile: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'file-stamps-'));
  dir = join(root, 'profiles');
  mkdirSync(dir);
  cacheFile = join(root, 'profiles.cache');
  for (let i = 0; i < 6; i++) {
    const { file, text } = generateProfile(i);
    writeFileSync(join(dir, file), text);
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/**
 * Notes `file`'s access and modification times to the nanosecond (Node's utimes rounds them), and gives
 * back a function setting another file's (or its own, once edited) to them, as `touch -r` does.
 */
function timesOf(file: string): (target: string) => void {
  const reference = join(root, `times-of-${Math.random()}`);
  writeFileSync(reference, '');
  execFileSync('touch', ['-r', file, reference]);
  return (target) => execFileSync('touch', ['-r', reference, target]);
}

/** A clock well past the files' last change, as on a start long after they were written. */
const later = () => Date.now() + 10 * MARGIN_MS;

/** One load through the cache (as `ask` reads it), saved when something changed. */
async function load(now: () => number = later) {
  const cache = await openParseCache(cacheFile, { share: false, now });
  const result = await loadProfiles(dir, { cache, blocking: true });
  const changed = cache.changed;
  if (changed) await cache.save();
  return { ...result, stats: cache.stats, changed };
}

const skillsOf = (result: Awaited<ReturnType<typeof load>>, id: string) =>
  result.profiles.find((p) => p.id === id)?.skills.map((s) => s.name);

describe('file stamps in the parse cache', () => {
  it('serves every unchanged file unread, with the same profiles, and writes nothing', async () => {
    const fresh = await loadProfiles(dir);
    await load();
    const next = await load();
    expect(next.stats).toMatchObject({ hits: 6, unread: 6, misses: 0, problem: null });
    expect(next.changed).toBe(false);
    expect(JSON.stringify(next.profiles)).toBe(JSON.stringify(fresh.profiles));
  });

  it('notices an edit of the same size whose modification time was put back', async () => {
    await load();
    const file = join(dir, 'person-1.md');
    const before = statSync(file);
    const putTimesBack = timesOf(file);
    const text = readFileSync(file, 'utf8');
    const skill = skillsOf(await load(), 'person-1')![0]!;
    const edited = text.replaceAll(skill, 'X'.repeat(skill.length));
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    putTimesBack(file);
    expect(statSync(file)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });
    const next = await load();
    expect(next.stats).toMatchObject({ unread: 5, misses: 1 });
    expect(skillsOf(next, 'person-1')).not.toContain(skill);
  });

  it('notices a file swapped for another of the same size and times, and files removed or added', async () => {
    await load();
    const file = join(dir, 'person-2.md');
    const before = statSync(file);
    const putTimesBack = timesOf(file);
    // A copy with other words of the same length, renamed over the original (a new inode).
    const text = readFileSync(file, 'utf8');
    const swap = join(root, 'swap.md');
    writeFileSync(
      swap,
      text.replace(/Rust|Go\b/g, (w) => 'Z'.repeat(w.length)),
    );
    expect(readFileSync(swap, 'utf8')).not.toBe(text);
    putTimesBack(swap);
    renameSync(swap, file);
    expect(statSync(file)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });
    rmSync(join(dir, 'person-3.md'));
    const { file: added, text: addedText } = generateProfile(40);
    writeFileSync(join(dir, added), addedText);
    const next = await load();
    expect(next.stats).toMatchObject({ unread: 4, misses: 2 });
    expect(next.profiles.map((p) => p.file).sort()).toEqual(
      ['person-0.md', 'person-1.md', 'person-2.md', 'person-4.md', 'person-5.md', added].sort(),
    );
    expect(JSON.stringify(next.profiles)).toBe(JSON.stringify((await loadProfiles(dir)).profiles));
  });

  it('keeps no stamp for a file changed just before it was read: it is read and hashed next time', async () => {
    await load(Date.now);
    const next = await load(Date.now);
    expect(next.stats).toMatchObject({ hits: 6, unread: 0, misses: 0 });
    expect(readFileSync(cacheFile, 'utf8')).not.toMatch(/^files\t/m);
  });
});

/** Rewrites the stamps line with `edit` applied to its rows, its sum recomputed as a forger would. */
function forgeStamps(edit: (rows: unknown[][]) => unknown): void {
  const lines = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
  const at = lines.findIndex((line) => line.startsWith('files\t'));
  const json = JSON.stringify(edit(JSON.parse(lines[at]!.split('\t')[2]!)));
  lines[at] = `files\t${createHash('sha256').update(json).digest('hex')}\t${json}`;
  writeFileSync(cacheFile, `${lines.join('\n')}\n`);
}

describe('a damaged or forged stamps line', () => {
  it('is ignored when its sum does not match: every file is read and hashed, and it says so', async () => {
    await load();
    writeFileSync(cacheFile, readFileSync(cacheFile, 'utf8').replace(/("person-1\.md","\w+",)\d/, '$19'));
    const next = await load();
    expect(next.stats).toMatchObject({ hits: 6, unread: 0, misses: 0 });
    expect(next.stats.problem).toMatch(/stamps are damaged or edited/);
    expect((await load()).stats).toMatchObject({ unread: 6, problem: null });
  });

  it('is ignored when it holds anything but stamps, even with its sum recomputed', async () => {
    await load();
    forgeStamps((rows) => rows.map((row, i) => (i === 0 ? [...row.slice(0, 6), 'x'] : row)));
    const next = await load();
    expect(next.stats).toMatchObject({ unread: 0, hits: 6 });
    expect(next.stats.problem).toMatch(/stamps are damaged or edited/);
  });

  it("never serves another file's entry under a name its stamp was moved to", async () => {
    await load();
    // person-1.md's stamp now names person-0.md's entry: the entry is person-0's and is refused.
    forgeStamps((rows) => {
      const other = rows.find((row) => row[0] === 'person-0.md')!;
      return rows.map((row) => (row[0] === 'person-1.md' ? [row[0], other[1], ...row.slice(2)] : row));
    });
    const next = await load();
    expect(next.profiles.find((p) => p.file === 'person-1.md')?.id).toBe('person-1');
    expect(JSON.stringify(next.profiles)).toBe(JSON.stringify((await loadProfiles(dir)).profiles));
  });
});
