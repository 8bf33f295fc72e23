// waitForQuiet: holds back files written moments ago until they have stopped changing for a settle time,
// so a file still being written (copied in chunks, an editor's several writes) is never parsed half-way.
// One wait serves a whole batch; files changed less than `settleMs` ago are measured again after it.
import type { Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { mapLimit, OPEN_FILES } from './map-limit.js';

/** Default settle time: a file must not have changed for this long before it is read. */
export const DEFAULT_SETTLE_MS = 400;

/** Same inode, size, modification and change time: nothing was written in between. */
export function sameVersion(a: Stats, b: Stats): boolean {
  return a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs;
}

export interface Measured {
  path: string;
  stats: Stats;
}

/**
 * Splits `files` into those quiet now and those still changing. Waits at
 * most `settleMs`, once, and only when some file changed within the last `settleMs`.
 */
export async function waitForQuiet<T extends Measured>(
  files: readonly T[],
  settleMs: number,
): Promise<{ quiet: T[]; changing: T[] }> {
  const now = Date.now();
  // The later of content and inode change: `cp -p` and `tar x` set an old mtime once the data is in, and
  // the ctime of that step still says "just now". A time in the future (a skewed clock) counts as now.
  const ageOf = (f: T) => Math.max(0, now - Math.max(f.stats.mtimeMs, f.stats.ctimeMs));
  const recent = files.filter((f) => ageOf(f) < settleMs);
  if (recent.length === 0) return { quiet: [...files], changing: [] };
  // A loop, not Math.max(...spread): a git pull can make tens of thousands of files recent at once.
  let wait = 0;
  for (const f of recent) wait = Math.max(wait, settleMs - ageOf(f));
  await new Promise((resolve) => setTimeout(resolve, wait));
  const quiet = files.filter((f) => ageOf(f) >= settleMs);
  const changing: T[] = [];
  const again = await mapLimit(recent, OPEN_FILES, (f) => lstat(f.path).catch(() => null));
  recent.forEach((f, i) => {
    const stats = again[i];
    // Unchanged over the wait: last written at least settleMs ago (with a skewed clock: quiet for settleMs).
    if (stats && sameVersion(f.stats, stats)) quiet.push(f);
    else changing.push(f);
  });
  return { quiet, changing };
}
