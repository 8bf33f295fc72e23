// Small statistics and table helpers for the benchmarks: medians and percentiles, never means.

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** Runs `fn` `times` times and returns each duration in ms. */
export function timeEach(times: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    fn(i);
    out.push(performance.now() - start);
  }
  return out;
}

export interface Row {
  figure: string;
  value: string;
  target: string;
  /** true = met, false = missed, null = no target (informational). */
  met: boolean | null;
  note?: string;
}

export const fmt = (ms: number, digits = 2) => `${ms.toFixed(digits)} ms`;

export function table(rows: readonly Row[]): string {
  const lines = ['| figure | median / value | target | met |', '| --- | --- | --- | --- |'];
  for (const r of rows) {
    const met = r.met === null ? '—' : r.met ? 'yes' : `**no**${r.note ? ` (${r.note})` : ''}`;
    lines.push(`| ${r.figure} | ${r.value} | ${r.target} | ${met} |`);
  }
  return lines.join('\n');
}
