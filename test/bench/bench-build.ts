// Parse + index time per 1,000 profiles and heap per profile, at several corpus sizes. Each size runs in
// its own child process so one size's garbage never counts against the next.
import { execFileSync } from 'node:child_process';
import { median, type Row } from './stats.js';

export interface BuildFigure {
  n: number;
  parseMs: number;
  indexMs: number;
  heapBytesPerProfile: number;
  /** The profiles alone (before the index is built). */
  profileBytesPerProfile: number;
  parsed: number;
  runs: number;
}

/** Median of `runs` child processes (the machine is noisy: single runs of 10k vary by ±10 %). */
export function measureBuild(n: number, runs = n >= 50_000 ? 1 : 3): BuildFigure {
  const samples = Array.from({ length: runs }, () => measureOnce(n));
  const mid = (pick: (f: BuildFigure) => number) => median(samples.map(pick));
  return {
    n,
    parseMs: mid((f) => f.parseMs),
    indexMs: mid((f) => f.indexMs),
    heapBytesPerProfile: mid((f) => f.heapBytesPerProfile),
    profileBytesPerProfile: mid((f) => f.profileBytesPerProfile),
    parsed: samples[0]!.parsed,
    runs,
  };
}

function measureOnce(n: number): BuildFigure {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=4096', 'bin/run-ts.js', 'test/bench/build-child.ts', String(n)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  const line = out.trim().split('\n').at(-1) ?? '{}';
  return { n, runs: 1, ...(JSON.parse(line) as Omit<BuildFigure, 'n' | 'runs'>) };
}

export function buildRows(figures: readonly BuildFigure[]): Row[] {
  return figures.flatMap((f) => {
    const perK = ((f.parseMs + f.indexMs) / f.n) * 1000;
    const heapKb = f.heapBytesPerProfile / 1024;
    const label = f.n.toLocaleString('en');
    return [
      {
        figure: `parse + index per 1k profiles (N=${label}, median of ${f.runs})`,
        value: `${perK.toFixed(0)} ms (parse ${((f.parseMs / f.n) * 1000).toFixed(0)} + index ${((f.indexMs / f.n) * 1000).toFixed(0)})`,
        target: '≤ 1000 ms',
        met: perK <= 1000,
      },
      {
        figure: `heap per profile (N=${label})`,
        value: `${heapKb.toFixed(1)} KB (profiles ${(f.profileBytesPerProfile / 1024).toFixed(1)} + index ${((f.heapBytesPerProfile - f.profileBytesPerProfile) / 1024).toFixed(1)})`,
        target: '≤ 10 KB',
        met: heapKb <= 10,
      },
    ];
  });
}
