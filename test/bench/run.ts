// `npm run bench`: every benchmark in one run; prints a table and writes test/bench/RESULTS.md (machine,
// date, medians, each figure beside its target). Options: --quick (smaller sizes, for trying things out),
// --only=build,parse,queries,quality,reindex,endpoint,cold (a subset; RESULTS.md is written only for a full run).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { buildRows, measureBuild } from './bench-build.js';
import { coldStartRows, measureColdStart } from './bench-cold-start.js';
import { endpointRows, measureEndpoint } from './bench-endpoint.js';
import { measureParseRatio, parseRatioRows } from './bench-parse-ratio.js';
import { measureQuality, qualityRows } from './bench-quality.js';
import { measureQueries, queryRows } from './bench-queries.js';
import { bulkRows, measureBulkReload, measureReindex, reindexRows } from './bench-reindex.js';
import { type Row, table } from './stats.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (name: string) => !only || only.includes(name);

const sections: { name: string; title: string; run: () => Promise<Row[]> | Row[] }[] = [
  {
    name: 'build',
    title: 'Parse + index, heap',
    run: () => buildRows((quick ? [100, 1000] : [100, 1000, 10_000, 50_000]).map((n) => measureBuild(n))),
  },
  {
    name: 'parse',
    title: 'Parse + index vs markdown-it',
    run: () => parseRatioRows(measureParseRatio(quick ? 3 : 7)),
  },
  {
    name: 'queries',
    title: 'Query latency',
    run: () => queryRows((quick ? [10_000] : [10_000, 50_000]).map((n) => measureQueries(n))),
  },
  {
    name: 'quality',
    title: 'Ranking quality',
    run: () => qualityRows([1000, 10_000].map((n) => measureQuality(n))),
  },
  {
    name: 'reindex',
    title: 'Hot reload',
    run: () => [...reindexRows(measureReindex()), ...bulkRows(measureBulkReload(quick ? 10_000 : 50_000))],
  },
  {
    name: 'endpoint',
    title: 'Discord HTTP interactions endpoint',
    run: async () => endpointRows(await measureEndpoint(quick ? 3 : 10, quick ? 1 : 2)),
  },
  {
    name: 'cold',
    title: 'Cold start',
    run: async () => coldStartRows(await measureColdStart(quick ? 2 : 5, !quick)),
  },
];

const started = performance.now();
if (wanted('endpoint') || wanted('cold')) {
  console.log(
    'building dist/ (the endpoint and cold-start figures run the compiled app, as `npm run build` makes it)…',
  );
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  execFileSync(process.execPath, ['bin/compile-checkout.js'], { stdio: 'inherit' });
}
const report: string[] = [];
for (const section of sections.filter((s) => wanted(s.name))) {
  const t = performance.now();
  console.log(`\n## ${section.title}`);
  const rows = await section.run();
  const text = table(rows);
  console.log(text);
  console.log(`(${((performance.now() - t) / 1000).toFixed(1)} s)`);
  report.push(`## ${section.title}\n\n${text}\n`);
}
const totalS = (performance.now() - started) / 1000;
console.log(`\nbench finished in ${totalS.toFixed(0)} s`);

if (!only && !quick) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const header = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (test/bench/run.ts); do not edit by hand. Medians unless a percentile is named;',
    'the machine is shared and noisy, so re-run before comparing small differences.',
    '',
    `- Date: ${new Date().toISOString()}`,
    `- Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`,
    `- Total run time: ${totalS.toFixed(0)} s`,
    '',
  ];
  writeFileSync('test/bench/RESULTS.md', `${header.join('\n')}\n${report.join('\n')}`);
  console.log('wrote test/bench/RESULTS.md');
}
