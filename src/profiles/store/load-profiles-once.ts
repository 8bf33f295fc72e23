// loadProfilesOnce: a one-off load of the folder (`ask`, `profiles check`). Files too large to parse on
// this thread (MAIN_THREAD_MAX_BYTES) parse in the parse pool's worker with the same per-file time limit
// as a server's reloads (PROFILE_PARSE_TIMEOUT_MS), so one hostile file is skipped, saying why, instead
// of stalling the command. The worker starts only when such a file is there.
import { type FolderLoad, type LoadOptions, loadProfiles } from './load-profiles.js';
import { createParsePool } from './parse-pool.js';

export interface LoadOnceOptions extends Omit<LoadOptions, 'isolate' | 'parseMany' | 'budget'> {
  /** Budget for one large file's parse, in milliseconds. */
  timeoutMs: number;
  /** The compiled parse worker (tests); default beside parse-in-workers.js. */
  worker?: URL;
  /** Called once when no worker can run and large files parse here, with no time limit. */
  onFallback: (why: string) => void;
}

/** Said once when no parse worker can run: large files then parse here with no time limit. */
export const largeFilesUnbounded = (why: string) =>
  `large profiles parse on this thread, with no time limit (${why})`;

export async function loadProfilesOnce(dir: string, options: LoadOnceOptions): Promise<FolderLoad> {
  const { timeoutMs, worker, onFallback, ...load } = options;
  const pool = createParsePool({ timeoutMs, onFallback, ...(worker && { worker }) });
  try {
    return await loadProfiles(dir, { ...load, isolate: pool.parse });
  } finally {
    await pool.close();
  }
}
