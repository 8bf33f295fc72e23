// The index `ask` keeps in its parse cache: restored only for the very profiles it was built from, by the
// same code; a changed file, a damaged or cut-short index line, or a cache from another parser gets an
// index built afresh (reported, and kept for the next ask), and no answer ever differs from a fresh one.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { oneOffIndex } from '../../../src/app/one-off-index.js';
import { runCli } from '../../../src/cli/run-cli.js';
import { MARGIN_MS } from '../../../src/profiles/store/file-stamps.js';
import { loadProfiles } from '../../../src/profiles/store/load-profiles.js';
import { openParseCache } from '../../../src/profiles/store/parse-cache.js';
import { generateProfile } from '../../bench/markdown-corpus.js';
import { captureIo } from '../cli/cli-streams.js';

let root: string;
let dir: string;
let cacheFile: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kept-index-'));
  dir = join(root, 'profiles');
  cacheFile = join(root, 'cache');
  mkdirSync(dir);
  for (let i = 0; i < 12; i++) {
    const { file, text } = generateProfile(i);
    writeFileSync(join(dir, file), text);
  }
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** One ask's load as openOnce does it: the cache, the folder, the one-off index, and a save if needed. */
async function askLoad() {
  // A clock well past the files' writing: every load may stamp them, so a slow machine crossing MARGIN_MS
  // between two loads cannot make the second one write stamps the first could not.
  const cache = await openParseCache(cacheFile, { share: false, now: () => Date.now() + 10 * MARGIN_MS });
  const { profiles } = await loadProfiles(dir, { cache, blocking: true });
  const kept = cache.keptIndex(profiles) !== undefined;
  cache.stats.indexProblem = null; // keptIndex is asked again by oneOffIndex: report that one
  const index = oneOffIndex(profiles, cache);
  const changed = cache.changed;
  if (changed) await cache.save();
  return { index, stats: cache.stats, kept, changed };
}

const answers = (index: Awaited<ReturnType<typeof askLoad>>['index']) =>
  ['rust', 'kubernetes', 'pulumi', 'terrafrom'].map((skill) =>
    index.whoKnows(skill, { limit: 5 }).matches.map((m) => m.profile.id),
  );

async function ask(args: string[], env: Record<string, string>) {
  const captured = captureIo({ cwd: root, env });
  const code = await runCli(['ask', ...args, '--profiles', dir], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

/** When the newest profile file last changed (its ctime): stamps are kept only well after it. */
const newestChange = () => Math.max(...readdirSync(dir).map((file) => statSync(join(dir, file)).ctimeMs));

const indexLine = () => readFileSync(cacheFile, 'utf8').trimEnd().split('\n').at(-1)!;
function rewriteIndexLine(change: (line: string) => string) {
  const lines = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
  lines[lines.length - 1] = change(lines.at(-1)!);
  writeFileSync(cacheFile, `${lines.join('\n')}\n`);
}

/** Rewrites the kept index's JSON with `change` and recomputes its sum, as a forger would. */
function forgeIndex(change: (json: string) => string) {
  rewriteIndexLine((line) => {
    const [tag, of, , json] = line.split('\t');
    const wrong = change(json!);
    expect(wrong).not.toBe(json);
    return [tag, of, createHash('sha256').update(wrong).digest('hex'), wrong].join('\t');
  });
}

describe('the index kept in the parse cache', () => {
  it('is written by the first ask and restored by the next, which answers alike and writes nothing', async () => {
    const fresh = await ask(['who knows rust', '--format', 'json'], {});
    // Every ask below may stamp the files (they changed over MARGIN_MS ago), so whether one writes never
    // depends on how long the ones before it took on a loaded machine.
    const wait = newestChange() + MARGIN_MS + 50 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const first = await ask(['who knows rust', '--format', 'json'], { PROFILES_CACHE_FILE: cacheFile });
    expect(indexLine()).toMatch(/^index\t[0-9a-f]{64}\t[0-9a-f]{64}\t\{/);
    const written = statSync(cacheFile).mtimeMs;
    const second = await ask(['who knows rust', '--format', 'json'], { PROFILES_CACHE_FILE: cacheFile });
    expect(first).toEqual(fresh);
    expect(second).toEqual(fresh);
    expect(statSync(cacheFile).mtimeMs).toBe(written);
    const again = await askLoad();
    expect(again).toMatchObject({ kept: true, changed: false, stats: { hits: 12, indexProblem: null } });
  });

  it('is built afresh for a changed file, reported, answers with the change, and kept again', async () => {
    const before = await askLoad();
    const file = join(dir, generateProfile(3).file);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/Terraform/g, 'Pulumi'));
    const after = await askLoad();
    expect(after).toMatchObject({ kept: false, changed: true });
    expect(after.stats).toMatchObject({
      hits: 11,
      misses: 1,
      indexProblem: 'kept for other profiles; built afresh',
    });
    expect(answers(after.index)[2]).toContain(generateProfile(3).file.replace(/\.md$/, ''));
    expect(answers(after.index)).not.toEqual(answers(before.index));
    expect(await askLoad()).toMatchObject({ kept: true, changed: false, stats: { indexProblem: null } });
  });

  it('is built afresh when a file is removed or added', async () => {
    await askLoad();
    rmSync(join(dir, generateProfile(0).file));
    expect((await askLoad()).kept).toBe(false);
    const { file, text } = generateProfile(40);
    writeFileSync(join(dir, file), text);
    expect((await askLoad()).kept).toBe(false);
    expect((await askLoad()).kept).toBe(true);
  });

  it('is built afresh and reported when its line is damaged or cut short; the profiles are still served', async () => {
    const { index } = await askLoad();
    for (const damage of [
      (line: string) => line.replace('"names":[[', '"names":[[ '),
      (line: string) => line.slice(0, line.length / 2),
    ]) {
      rewriteIndexLine(damage);
      const next = await askLoad();
      expect(next.stats).toMatchObject({ hits: 12, misses: 0, problem: null });
      expect(next.stats.indexProblem).toMatch(/damaged: its checksum does not match; built afresh/);
      expect(answers(next.index)).toEqual(answers(index));
      expect(await askLoad()).toMatchObject({ kept: true, changed: false });
    }
  });

  it('is built afresh when it names someone its profiles lack even though its sum holds', async () => {
    const { index } = await askLoad();
    rewriteIndexLine((line) => {
      const [tag, of, , json] = line.split('\t');
      const wrong = json!.replace(/("holders":\[\["[^"]*","[^"]*",\[)\d+/, '$199999');
      expect(wrong).not.toBe(json);
      return [tag, of, createHash('sha256').update(wrong).digest('hex'), wrong].join('\t');
    });
    const next = await askLoad();
    expect(next.stats.indexProblem).toMatch(/malformed \(a skill holder it lacks\); built afresh/);
    expect(answers(next.index)).toEqual(answers(index));
  });

  it('answers as a fresh index would, without throwing, when it names the wrong skill of a holder though its sum holds; the rebuilt one is kept', async () => {
    const { index } = await askLoad();
    const fresh = await ask(['who knows rust', '--format', 'json'], {});
    forgeIndex((json) =>
      json.replace(/("holders":\[.*?\]\]\])/, (holders) =>
        // Every holder of every skill points at another of their skills (position 0 ↔ 1).
        holders.replace(/\[("[^"]*","[^"]*",\[)([\d,]*)\]/g, (_all, head: string, held: string) => {
          const shifted = held.split(',').map((n, at) => (at % 2 === 0 ? n : n === '0' ? '1' : '0'));
          return `[${head}${shifted.join(',')}]`;
        }),
      ),
    );
    // Which skill a holder lists is only known once their profile is read: the first question finds out.
    const next = await askLoad();
    expect(answers(next.index)).toEqual(answers(index));
    expect(next.stats.indexProblem).toMatch(/names a skill of .* does not have; built afresh/);
    const cached = await ask(['who knows rust', '--format', 'json'], { PROFILES_CACHE_FILE: cacheFile });
    expect(cached).toEqual(fresh);
    // That ask saved the index it rebuilt: the next one restores it and answers without a rebuild.
    const after = await askLoad();
    expect(answers(after.index)).toEqual(answers(index));
    expect(after).toMatchObject({ kept: true, changed: false, stats: { indexProblem: null } });
  });

  it('answers as a fresh index would when an entry was forged under an index left as it was', async () => {
    const fresh = await ask(['who knows rust'], {});
    await ask(['who knows rust'], { PROFILES_CACHE_FILE: cacheFile });
    const lines = readFileSync(cacheFile, 'utf8').trimEnd().split('\n');
    const end = lines.findIndex((line) => line.startsWith('end\t'));
    lines[1] = lines[1]!.replace('{"skills":[', '{"skills":[7,');
    const sum = createHash('sha256');
    for (const line of lines.slice(1, end)) sum.update(`${line}\n`);
    lines[end] = `end\t${sum.digest('hex')}\t${end - 1}`;
    writeFileSync(cacheFile, `${lines.join('\n')}\n`);
    const cached = await ask(['who knows rust'], { PROFILES_CACHE_FILE: cacheFile });
    expect(cached).toMatchObject({ code: 0, stderr: '' });
    // The forged entry reads as having no skills (its body is not a profile's); nobody else moves.
    const holders = (out: string) => out.split('\n').filter((line) => line.includes(' — '));
    const dropped = holders(fresh.stdout).filter((line) => !holders(cached.stdout).includes(line));
    expect(dropped).toHaveLength(1);
    expect(holders(cached.stdout)).toEqual(holders(fresh.stdout).filter((line) => line !== dropped[0]));
    expect(cached.stdout).toMatch(/^11 people list Rust/m);
  });

  it.each([
    ['a posting naming a document it lacks', /("postings":\[\["[^"]+",)\d+/, '$1999'],
    ['postings out of order', /("postings":\[\["[^"]+",\[)(\d+),(\d+)/, '$1$3,$2'],
    ['a document that is nobody', /("numbering":\{"docs":\[)"[^"]+"/, '$1"nobody"'],
    ['trigram counts that are no list', /"gramCount":\[[\d,]*\]/, '"gramCount":"3"'],
    ['a trigram naming a word it lacks', /("byTrigram":\[\["[^"]+",)\d+/, '$1123456'],
    ['a skill with an odd holder list', /("holders":\[\["[^"]*","[^"]*",\[\d+),\d+/, '$1'],
    ['a skill position that is no number', /("holders":\[\["[^"]*","[^"]*",\[\d+,)\d+/, '$1"0"'],
    ['names that are not text', /("names":\[\[\d+,\[)"[^"]*"/, '$17'],
  ])('is refused at load, and built afresh, for %s even though its sum holds', async (_what, find, put) => {
    const { index } = await askLoad();
    forgeIndex((json) => json.replace(find, put));
    const next = await askLoad();
    expect(next.stats.indexProblem).toMatch(/kept index is malformed .*; built afresh/);
    expect(answers(next.index)).toEqual(answers(index));
    expect(await askLoad()).toMatchObject({ kept: true, changed: false });
  });

  it('is not read from a cache another parser wrote: everything is parsed and built afresh', async () => {
    await askLoad();
    writeFileSync(
      cacheFile,
      readFileSync(cacheFile, 'utf8').replace(/^(profile-assistant parse cache v\d+) \w+/, '$1 0000'),
    );
    const next = await askLoad();
    expect(next).toMatchObject({ kept: false, changed: true, stats: { hits: 0, misses: 12 } });
    expect(next.stats.problem).toMatch(/another version of the parser/);
    expect(await askLoad()).toMatchObject({ kept: true, changed: false });
  });
});
