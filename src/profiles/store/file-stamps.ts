// FileStamp: what a profile file looked like (size, modification and change time, inode, device) when the
// parse cache last read and hashed it, kept by file name, so a start over an unchanged folder serves each
// cached profile after the lstat it makes anyway instead of opening, reading and hashing the file again.
// A stamp is kept only for a file whose change time (ctime) lies well before the moment it was measured:
// the kernel sets ctime to "now" on every write, truncate, rename, chmod or utimes (a user cannot set it
// back, unlike mtime), so any later change gives the file another ctime and its stamp no longer matches.
// A file changed just before it was measured (within MARGIN_MS: a coarse clock tick, a file system that
// counts whole seconds) gets no stamp and is read and hashed again next time, as every file was before.
// (A network file system's times come from its server's clock: one running late by more than MARGIN_MS
// and counting whole seconds could let a same-size write within that second pass: git's index has the
// same known limit.)
import { createHash } from 'node:crypto';
import type { Stats } from 'node:fs';

export interface FileStamp {
  /** The key of the file's cache entry (the SHA-256 of its name and the bytes read). */
  key: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  dev: number;
}

/** How long before being measured a file must have last changed for its stamp to be kept. */
export const MARGIN_MS = 3000;

/** The stamp for a file measured as `stats` at `measuredAt` (or before), or null when it changed too recently. */
function stampOf(key: string, stats: Stats, measuredAt: number): FileStamp | null {
  const { size, mtimeMs, ctimeMs, ino, dev } = stats;
  // A file system without real change times (0) or inode numbers cannot vouch for its files.
  if (!(ctimeMs > 0 && mtimeMs > 0 && ino > 0) || ctimeMs >= measuredAt - MARGIN_MS) return null;
  return { key, size, mtimeMs, ctimeMs, ino, dev };
}

/** True when `stats` are those the stamp was made from: the file has not changed since. */
function sameStamp(stamp: FileStamp, stats: Stats): boolean {
  return (
    stamp.size === stats.size &&
    stamp.mtimeMs === stats.mtimeMs &&
    stamp.ctimeMs === stats.ctimeMs &&
    stamp.ino === stats.ino &&
    stamp.dev === stats.dev
  );
}

/** The stamps line of a cache file (without its newline): `files`, the SHA-256 of its JSON, its JSON. */
function stampsLine(stamps: ReadonlyMap<string, FileStamp>): string {
  const rows = Array.from(stamps, ([name, s]) => [name, s.key, s.size, s.mtimeMs, s.ctimeMs, s.ino, s.dev]);
  const json = JSON.stringify(rows);
  return `${STAMPS}${createHash('sha256').update(json).digest('hex')}\t${json}`;
}

export const STAMPS = 'files\t';

const KEY = /^[0-9a-f]{64}$/;
const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

/**
 * The stamps a stamps line holds, or null when it is damaged (its sum fails) or holds anything but
 * stamps (an edit with its sum recomputed): then no file is served unread, every one is read and hashed.
 */
export function readStampsLine(line: string): Map<string, FileStamp> | null {
  const [, sum = '', json = '', ...more] = line.split('\t');
  if (more.length > 0 || createHash('sha256').update(json).digest('hex') !== sum) return null;
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(rows)) return null;
  const stamps = new Map<string, FileStamp>();
  for (const row of rows) {
    if (!Array.isArray(row) || row.length !== 7) return null;
    const [name, key, size, mtimeMs, ctimeMs, ino, dev] = row as unknown[];
    if (typeof name !== 'string' || name.length > 1024 || typeof key !== 'string' || !KEY.test(key))
      return null;
    if (!(isCount(size) && isCount(mtimeMs) && isCount(ctimeMs) && isCount(ino) && isCount(dev))) return null;
    stamps.set(name, { key, size, mtimeMs, ctimeMs, ino, dev });
  }
  return stamps;
}

/** A file's lstat and when it was taken (or a moment before): what its stamp is made of. */
export interface Measured {
  stats: Stats;
  at: number;
}

/** The stamps a cache read (null: none) and those it will write: the ones of the files served or stored. */
export interface StampBook {
  /** The stamp read for `name` when `stats` still match it. */
  matching(name: string, stats: Stats): FileStamp | undefined;
  /** The stamp for a file read now with entry `key`: the one read when nothing changed, else a new one. */
  made(name: string, key: string, measured: Measured): FileStamp | null;
  /** Writes this stamp for `name` (its entry is served or stored). */
  keep(name: string, stamp: FileStamp): void;
  /** Whether the stamps to write differ from those read. */
  changed(): boolean;
  /** The stamps line to write (without its newline), or null for none. */
  line(): string | null;
}

export function createStampBook(read: ReadonlyMap<string, FileStamp> | null): StampBook {
  const kept = new Map<string, FileStamp>();
  return {
    matching(name, stats) {
      const stamp = read?.get(name);
      return stamp && sameStamp(stamp, stats) ? stamp : undefined;
    },
    made(name, key, { stats, at }) {
      const old = read?.get(name);
      // The same object as read when nothing changed, so an unchanged folder has nothing to write.
      if (old && old.key === key && sameStamp(old, stats)) return old;
      return stampOf(key, stats, at);
    },
    keep(name, stamp) {
      kept.set(name, stamp);
    },
    changed() {
      if (kept.size !== (read?.size ?? 0)) return true;
      for (const [name, stamp] of kept) if (read?.get(name) !== stamp) return true;
      return false;
    },
    line: () => (kept.size > 0 ? stampsLine(kept) : null),
  };
}
