// Re-indexing one changed file at 10k profiles: parse the new markdown and swap it into the index
// (what hot reload does after reading the file), and the index swap on its own.
import { APPLY_SLICE } from '../../src/app/profile-store.js';
import { parseProfile } from '../../src/profiles/parse-profile.js';
import { createProfileIndex } from '../../src/search/profile-index.js';
import { generateProfiles } from './corpus.js';
import { generateProfile as generateMarkdown } from './markdown-corpus.js';
import { fmt, median, percentile, type Row } from './stats.js';

export interface ReindexFigures {
  n: number;
  parseAndUpsert: number[];
  upsertOnly: number[];
  /** whoknows for a popular skill of the changed person, right after the change (re-sorts its holders). */
  firstQuery: number[];
}

export function measureReindex(n = 10_000, changes = 100): ReindexFigures {
  const profiles = generateProfiles(n);
  const index = createProfileIndex(profiles);
  const encoder = new TextEncoder();
  const parseAndUpsert: number[] = [];
  const upsertOnly: number[] = [];
  const firstQuery: number[] = [];
  for (let i = 0; i < changes + 10; i++) {
    // The changed file keeps its person's id (same file name) with new content.
    const target = profiles[(i * 97) % n]!;
    const bytes = encoder.encode(generateMarkdown(i).text);
    const start = performance.now();
    const result = parseProfile(bytes, target.file);
    if (!result.ok) throw new Error(`generated profile ${i} did not parse`);
    const swapStart = performance.now();
    index.upsert(result.profile);
    const end = performance.now();
    const skill = result.profile.skills[0]?.name ?? 'Rust';
    index.whoKnows(skill);
    const queried = performance.now();
    if (i < 10) continue; // warm-up
    parseAndUpsert.push(end - start);
    upsertOnly.push(end - swapStart);
    firstQuery.push(queried - end);
  }
  return { n, parseAndUpsert, upsertOnly, firstQuery };
}

export interface BulkFigures {
  n: number;
  files: number;
  totalMs: number;
  longestSliceMs: number;
}

/**
 * A git pull changing `files` files at N profiles: the store applies them APPLY_SLICE at a time with
 * a turn of the event loop between slices; the longest slice is how long answers wait.
 */
export function measureBulkReload(n = 50_000, files = 1000): BulkFigures {
  const profiles = generateProfiles(n);
  const index = createProfileIndex(profiles);
  const encoder = new TextEncoder();
  const batch = Array.from({ length: files }, (_, i) => {
    const result = parseProfile(encoder.encode(generateMarkdown(i).text), profiles[(i * 37) % n]!.file);
    if (!result.ok) throw new Error(`generated profile ${i} did not parse`);
    return result.profile;
  });
  index.all(); // a people list handed out before the pull, as in a running bot
  let longestSliceMs = 0;
  const start = performance.now();
  for (let at = 0; at < batch.length; at += APPLY_SLICE) {
    const sliceStart = performance.now();
    for (const profile of batch.slice(at, at + APPLY_SLICE)) index.upsert(profile);
    longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
  }
  return { n, files, totalMs: performance.now() - start, longestSliceMs };
}

export function bulkRows(f: BulkFigures): Row[] {
  return [
    {
      figure: `bulk reload, ${f.files.toLocaleString('en')} changed files at N=${f.n.toLocaleString('en')}: longest slice (total)`,
      value: `${fmt(f.longestSliceMs)} (${fmt(f.totalMs, 0)})`,
      target: '≤ 50 ms (event loop)',
      met: f.longestSliceMs <= 50,
    },
  ];
}

export function reindexRows(f: ReindexFigures): Row[] {
  const label = f.n.toLocaleString('en');
  const p50 = median(f.parseAndUpsert);
  return [
    {
      figure: `re-index one changed file (N=${label}): parse + swap, p50 / p99`,
      value: `${fmt(p50)} / ${fmt(percentile(f.parseAndUpsert, 99))}`,
      target: '≤ 20 ms',
      met: p50 <= 20,
    },
    {
      figure: `index swap alone (N=${label}), p50 / p99`,
      value: `${fmt(median(f.upsertOnly))} / ${fmt(percentile(f.upsertOnly, 99))}`,
      target: '—',
      met: null,
    },
    {
      figure: `first whoknows for the changed person's skill, after the swap (N=${label}), p50 / p99`,
      value: `${fmt(median(f.firstQuery))} / ${fmt(percentile(f.firstQuery, 99))}`,
      target: '≤ 50 ms (event loop)',
      met: percentile(f.firstQuery, 99) <= 50,
    },
  ];
}
