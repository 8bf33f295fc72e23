// Cold start to ready: `profile-assistant start` (compiled build, Discord HTTP mode: no outbound
// connections) from spawn until /readyz answers 200, with the two seed profiles and with 1,000 profiles.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from './app-process.js';
import { generateProfile } from './markdown-corpus.js';
import { fmt, median, type Row } from './stats.js';

export interface ColdStartFigure {
  profiles: number;
  readyMs: number[];
}

const KEY = 'a'.repeat(64); // any 32-byte Ed25519 public key in hex: nothing is verified during start

function profilesDir(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'pa-bench-'));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const { file, text } = generateProfile(i);
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

export async function measureColdStart(runs = 5): Promise<ColdStartFigure[]> {
  const figures: ColdStartFigure[] = [];
  for (const count of [2, 1000]) {
    const dir = count === 2 ? join(process.cwd(), 'profiles') : profilesDir(count);
    const readyMs: number[] = [];
    try {
      for (let i = 0; i < runs + 1; i++) {
        const app = await startApp({ DISCORD_PUBLIC_KEY: KEY, PROFILES_DIR: dir, LOG_LEVEL: 'warn' });
        await app.stop();
        if (i > 0) readyMs.push(app.readyMs); // the first run warms the file system cache
      }
    } finally {
      if (count !== 2) rmSync(dir, { recursive: true, force: true });
    }
    figures.push({ profiles: count, readyMs });
  }
  return figures;
}

export function coldStartRows(figures: readonly ColdStartFigure[]): Row[] {
  return figures.map((f) => {
    const target = 400 + (100 * f.profiles) / 1000;
    const ms = median(f.readyMs);
    return {
      figure: `cold start to ready, ${f.profiles.toLocaleString('en')} profiles (median of ${f.readyMs.length})`,
      value: fmt(ms, 0),
      target: `≤ ${target.toFixed(0)} ms`,
      met: ms <= target,
    };
  });
}
