// Named pipes for tests: made with the system's mkfifo, and unblocked on clean-up in case a reader hangs.
import { spawnSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';

/** False when this system has no mkfifo command (the FIFO tests are then skipped, saying why). */
export const canMakeFifo = spawnSync('mkfifo', ['--version']).status === 0;

export function makeFifo(path: string): void {
  const made = spawnSync('mkfifo', [path], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`mkfifo ${path} failed: ${made.stderr}`);
}

/** Opens the FIFO for writing and closes it: a reader stuck in open() (the old bug) is released. */
export function releaseFifo(path: string): void {
  try {
    closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
  } catch {
    // ENXIO: nobody is reading, nothing to release; ENOENT: already gone.
  }
}
