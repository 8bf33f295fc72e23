// readRegularFile: reads one resolved profile file without ever blocking: opened with O_NONBLOCK and
// O_NOFOLLOW, then checked on the open handle (still a regular file, still inside the folder, the same
// version that was measured), and read up to the size limit only.
import { constants, type Stats } from 'node:fs';
import { ASYNC_FS, type ProfileFileHandle, type ProfileFs } from '../store/profile-fs.js';
import { isInside, notRegular, outsideReason } from '../store/resolve-profile-file.js';
import { sameVersion } from '../store/wait-for-quiet.js';
import { tooLargeReason } from './decode.js';

export type ReadOutcome =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'refused'; reason: string }
  /** The file changed between being measured and read: it is still being written. */
  | { kind: 'changed' };

export interface ReadOptions {
  /** Real path of the profile folder. */
  root: string;
  maxBytes: number;
  /** The version measured before opening; when given, any other version read counts as 'changed'. */
  expect?: Stats;
  /** Blocking calls for a one-off load (the store's profile-fs.ts); asynchronous by default. */
  fs?: ProfileFs;
}

// O_NONBLOCK: opening a FIFO that was swapped in after the checks returns at once instead of waiting for
// a writer. O_NOFOLLOW: the last part of the path cannot have become a link since it was resolved.
const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0);

/** Where the open handle really points (Linux); null elsewhere, where the checks before opening stand. */
async function openedPath(handle: ProfileFileHandle, fs: ProfileFs): Promise<string | null> {
  try {
    return await fs.readlink(`/proc/self/fd/${handle.fd}`);
  } catch {
    return null;
  }
}

async function readUpTo(
  handle: ProfileFileHandle,
  size: number,
  maxBytes: number,
): Promise<Uint8Array | null> {
  // One byte over the limit tells a file that grew past it since it was measured.
  const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
  let filled = 0;
  while (filled < buffer.length) {
    const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled > maxBytes ? null : buffer.subarray(0, filled);
}

/** Never throws: an unreadable file is a refusal with the system's error code. */
export async function readRegularFile(path: string, options: ReadOptions): Promise<ReadOutcome> {
  const { root, maxBytes, expect, fs = ASYNC_FS } = options;
  let handle: ProfileFileHandle | undefined;
  try {
    handle = await fs.open(path, FLAGS);
    const before = await handle.stat();
    if (!before.isFile()) return { kind: 'refused', reason: notRegular(before) };
    if (expect && !sameVersion(expect, before)) return { kind: 'changed' };
    // A folder on the way swapped for a link after realpath would be caught here, on the handle itself.
    const where = await openedPath(handle, fs);
    if (where !== null && !isInside(root, where)) return { kind: 'refused', reason: outsideReason(where) };
    if (before.size > maxBytes) return { kind: 'refused', reason: tooLargeReason(before.size, maxBytes) };
    const bytes = await readUpTo(handle, before.size, maxBytes);
    const after = await handle.stat();
    if (expect && !sameVersion(before, after)) return { kind: 'changed' };
    if (!bytes) return { kind: 'refused', reason: tooLargeReason(after.size, maxBytes) };
    return { kind: 'bytes', bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Removed, or replaced by a link, since it was measured: measure it again.
    if (expect && (code === 'ENOENT' || code === 'ELOOP')) return { kind: 'changed' };
    return {
      kind: 'refused',
      reason: `could not be read (${code ?? (error instanceof Error ? error.message : error)})`,
    };
  } finally {
    await handle?.close();
  }
}
