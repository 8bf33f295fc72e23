// Parse + index against markdown-it's bare parse() of the same files, in the same run (issue 16's yardstick):
// the synthetic bench corpus and, when ../shared is beside the repo, the real dev corpus.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { median, type Row } from './stats.js';

const REAL_DEV = resolve(import.meta.dirname, '../../../shared/corpus/real-dev/profiles');

export interface ParseRatio {
  corpus: string;
  files: number;
  /** Medians over rounds, CPU ms per 1,000 files. */
  bareMs: number;
  oursMs: number;
  rounds: number;
}

function measureCorpus(name: string, corpus: string, rounds: number): ParseRatio {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', 'bin/run-ts.js', 'test/bench/parse-ratio-child.ts', corpus, String(rounds)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const line = out.trim().split('\n').at(-1) ?? '{}';
  const { files, bareMs, oursMs } = JSON.parse(line) as { files: number; bareMs: number[]; oursMs: number[] };
  return { corpus: name, files, bareMs: median(bareMs), oursMs: median(oursMs), rounds };
}

export function measureParseRatio(rounds = 7): ParseRatio[] {
  const out = [measureCorpus('synthetic', 'synthetic', rounds)];
  if (existsSync(REAL_DEV)) out.push(measureCorpus('real dev', REAL_DEV, rounds));
  return out;
}

export function parseRatioRows(ratios: readonly ParseRatio[]): Row[] {
  return ratios.map((r) => {
    const ratio = r.oursMs / r.bareMs;
    return {
      figure: `parse + index ÷ markdown-it parse(), ${r.corpus} corpus (${r.files} files, CPU, median of ${r.rounds})`,
      value: `${ratio.toFixed(1)}× (${r.oursMs.toFixed(0)} vs ${r.bareMs.toFixed(0)} ms per 1k)`,
      target: '≤ 2×',
      met: ratio <= 2,
    };
  });
}
