// loadCacheFile: reads a parse cache file's entries into `stored` (read-cache-entries.ts), or says why
// it could not be used; a missing file is no problem, only a first start.
import { stat } from 'node:fs/promises';
import type { EntryBytes } from './cache-entry.js';
import { type CacheExtras, readCacheEntries, UnusableCache } from './read-cache-entries.js';

/** The stamps and kept index after the entries (none when the file could not be used), and the problem
 *  to report, if any. On any failure `stored` is left empty. */
export async function loadCacheFile(
  path: string,
  version: string,
  stored: Map<string, EntryBytes>,
): Promise<CacheExtras & { problem: string | null }> {
  try {
    // A named pipe would block the open (and the process's exit) until a writer came; a device such as
    // /dev/zero would be read as one endless line. stat() answers without opening either.
    if (!(await stat(path)).isFile()) throw new Error('not a regular file');
    const { stamps, index } = await readCacheEntries(path, version, stored);
    const problem =
      stamps === undefined ? 'its file stamps are damaged or edited; every file is read and hashed' : null;
    return { stamps, index, problem };
  } catch (error) {
    stored.clear();
    const code = (error as NodeJS.ErrnoException).code;
    let problem: string | null = null;
    if (error instanceof UnusableCache) problem = error.message;
    else if (code !== 'ENOENT')
      problem = `could not be read (${code ?? (error as Error).message}); starting afresh`;
    return { stamps: null, index: null, problem };
  }
}
