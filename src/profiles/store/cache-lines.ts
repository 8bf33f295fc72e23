// readCacheLines: the lines of a parse cache file as byte ranges of the buffers they were read into, read
// in large blocks: no string is made of the whole file (~400 MB at 50,000 profiles) nor of any line the
// caller does not decode, and a line's bytes stay valid for as long as the caller keeps its buffer.
import { open } from 'node:fs/promises';

/** Bytes read at a time; a line longer than this is read into a block grown to hold it. */
const BLOCK = 4 << 20;
const NEWLINE = 0x0a;

/**
 * Calls `visit` with each line (without its newline) in order; `ended` is false for a last line with no
 * newline (a file cut short). Stops when `visit` returns false. Errors (ENOENT, EISDIR…) are thrown.
 */
export async function readCacheLines(
  path: string,
  visit: (bytes: Buffer, start: number, end: number, ended: boolean) => boolean | undefined,
  block = BLOCK,
): Promise<void> {
  const file = await open(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(block);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, null);
      const eof = bytesRead === 0;
      filled += bytesRead;
      let start = 0;
      for (
        let nl = buffer.indexOf(NEWLINE, start);
        nl !== -1 && nl < filled;
        nl = buffer.indexOf(NEWLINE, start)
      ) {
        if (visit(buffer, start, nl, true) === false) return;
        start = nl + 1;
      }
      if (eof) {
        if (start < filled) visit(buffer, start, filled, false);
        return;
      }
      // The unfinished last line starts the next block (a new one: visited lines keep their buffer).
      const rest = filled - start;
      const next = Buffer.allocUnsafe(Math.max(block, rest * 2));
      buffer.copy(next, 0, start, filled);
      [buffer, filled] = [next, rest];
    }
  } finally {
    await file.close();
  }
}
