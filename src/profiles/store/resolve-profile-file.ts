// resolveProfileFile: where one entry of the profile folder really is, and whether it may be read: its real
// path must stay inside the folder's real path (links within it are fine: Kubernetes ConfigMap volumes
// are links through ..data), a link must lead to a profile file name, and it must be a regular file.
// Nothing here opens the file, so a FIFO or a device never blocks the loader.
import type { Stats } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, sep } from 'node:path';
import { ASYNC_FS, type ProfileFs } from './profile-fs.js';

const EXTENSIONS = new Set(['.md', '.markdown', '.json']);

/** True for the files the loader reads (also used by the watcher to ignore editor swap files). */
export function isProfileFile(name: string): boolean {
  return !name.startsWith('.') && EXTENSIONS.has(extname(name).toLowerCase());
}

export type Resolved =
  /** A regular file inside the folder: `path` has no links left in it. */
  | { kind: 'file'; path: string; stats: Stats }
  /** Gone, or a link to nothing (a reload drops its person). */
  | { kind: 'missing'; link: boolean }
  | { kind: 'refused'; reason: string };

/** True when `path` lies below `root` (both absolute and free of links). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  // `..2026_11_30…` (a kubelet folder) is inside; `..` and `../x` are not.
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** What a non-regular file is, for the report. */
export function describeType(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSymbolicLink()) return 'a link';
  return 'not a file';
}

export const notRegular = (stats: Stats) => `not a regular file (${describeType(stats)})`;

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

function regular(path: string, stats: Stats): Resolved {
  return stats.isFile() ? { kind: 'file', path, stats } : { kind: 'refused', reason: notRegular(stats) };
}

/** `root` is the real path of the profile folder; `name` one entry of it. Never throws. */
export async function resolveProfileFile(
  root: string,
  name: string,
  fs: ProfileFs = ASYNC_FS,
): Promise<Resolved> {
  if (basename(name) !== name) return { kind: 'refused', reason: 'not a file name of the folder' };
  const path = join(root, name);
  let stats: Stats;
  try {
    stats = await fs.lstat(path);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { kind: 'missing', link: false };
    return { kind: 'refused', reason: `could not be read (${codeOf(error)})` };
  }
  if (!stats.isSymbolicLink()) return regular(path, stats);
  let real: string;
  try {
    real = await fs.realpath(path);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT') return { kind: 'missing', link: true };
    if (code === 'ELOOP') return { kind: 'refused', reason: 'links in a loop' };
    return { kind: 'refused', reason: `could not be read (${code})` };
  }
  // Checked before anything else about the target, so nothing outside is even stat'ed as a profile.
  if (!isInside(root, real)) return { kind: 'refused', reason: outsideReason(real) };
  // A folder kept in git holds .git/config, and a .env may sit in it: a link may not make those profiles.
  if (!isProfileFile(basename(real)))
    return { kind: 'refused', reason: `links to ${relative(root, real)}, which is not a profile file` };
  try {
    return regular(real, await fs.lstat(real));
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return { kind: 'missing', link: true };
    return { kind: 'refused', reason: `could not be read (${codeOf(error)})` };
  }
}

export const outsideReason = (target: string) => `links outside the profile folder (to ${target}); not read`;
