// `npm run eval:profiles [DIR EXPECTED] [-v] [--file NAME…]`: parse a folder of real profiles and score what
// was understood against hand-written expected facts. Default: the shared real-dev corpus beside the repo.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toCheckJson } from '../../src/cli/profiles-check.js';
import { loadProfiles } from '../../src/profiles/store/load-profiles.js';
import { CATEGORIES, type Expected, scoreProfiles } from './profile-score.js';

const DEFAULT_CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/real-dev');
const TARGET = { overall: 95, category: 90, mustNot: 99 };

const argv = process.argv.slice(2);
const verbose = argv.includes('-v') || argv.includes('--verbose');
const fileAt = argv.indexOf('--file');
const only = new Set(fileAt >= 0 ? argv.slice(fileAt + 1) : []);
const positional = (fileAt >= 0 ? argv.slice(0, fileAt) : argv).filter((a) => !a.startsWith('-'));
const [dir, expectedPath] =
  positional.length === 2
    ? positional.map((p) => resolve(p))
    : [resolve(DEFAULT_CORPUS, 'profiles'), resolve(DEFAULT_CORPUS, 'expected.json')];

if (!dir || !expectedPath || !existsSync(expectedPath)) {
  console.error(
    `eval:profiles: no corpus at ${expectedPath}\nusage: npm run eval:profiles -- [DIR EXPECTED.json] [-v] [--file NAME…]`,
  );
  process.exit(2);
}

const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected;
if (only.size > 0)
  expected.profiles = Object.fromEntries(Object.entries(expected.profiles).filter(([f]) => only.has(f)));
const started = performance.now();
const output = toCheckJson(await loadProfiles(dir, { maxBytes: 1024 * 1024 }));
const elapsed = performance.now() - started;
const { files, totals } = scoreProfiles(expected, output);

let perfect = 0;
for (const f of files) {
  const passed = CATEGORIES.reduce((n, c) => n + f.tally[c][0], 0);
  const total = CATEGORIES.reduce((n, c) => n + f.tally[c][1], 0);
  if (passed === total) perfect += 1;
  if (f.failures.length === 0 && !verbose) continue;
  console.log(`${f.file}: ${passed}/${total}${f.rejected ? ` [REJECTED: ${f.rejected.slice(0, 160)}]` : ''}`);
  for (const line of f.failures) console.log(`  ${line}`);
}

const pct = (p: number, n: number) => (n ? (100 * p) / n : 100);
console.log(`\n${'category'.padEnd(11)} ${'facts'.padStart(9)} ${'score'.padStart(7)}  target`);
for (const c of CATEGORIES) {
  const [p, n] = totals[c];
  const target = c === 'must-not' ? TARGET.mustNot : TARGET.category;
  const mark = pct(p, n) >= target ? 'ok' : 'below';
  console.log(
    `${c.padEnd(11)} ${`${p}/${n}`.padStart(9)} ${pct(p, n).toFixed(1).padStart(6)}%  ≥ ${target}% ${mark}`,
  );
}
const p = CATEGORIES.reduce((s, c) => s + totals[c][0], 0);
const n = CATEGORIES.reduce((s, c) => s + totals[c][1], 0);
console.log(`files fully correct: ${perfect}/${files.length} · parsed in ${elapsed.toFixed(0)} ms`);
console.log(`facts ${p}/${n} (${pct(p, n).toFixed(1)}%)  target ≥ ${TARGET.overall}%`);
