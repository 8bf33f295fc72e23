// ProfileStoreOptions, ProfileStore: what createProfileStore (profile-store.ts) is given and returns.
import type { Logger } from 'pino';
import type { Profile, RejectedFile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';

export interface ProfileStoreOptions {
  dir: string;
  maxBytes: number;
  logger: Logger;
  createIndex: (profiles: readonly Profile[]) => ProfileIndex;
  watch: boolean;
  /** PROFILES_CACHE_FILE: parsed profiles kept between runs, so restarts skip parsing unchanged files. */
  cacheFile?: string | null;
  /** Quiet time before changes are applied (default 100 ms). */
  debounceMs?: number;
  /**
   * How long a file must stay unchanged before it is read, so a file being written is never served half
   * done (default 400 ms; only when watching, since a file still changing is retried by the watcher).
   */
  settleMs?: number;
  /** PROFILE_PARSE_TIMEOUT_MS: a changed file whose parse takes longer is skipped (default 10 s). */
  parseTimeoutMs?: number;
  /**
   * PROFILE_STARTUP_BUDGET_MS: how long start-up parses here, and then waits for the files left to the
   * worker (large ones, and the rest once the budget is spent), before it returns; those still parsing
   * are swapped in when done (default 20 s).
   */
  startupBudgetMs?: number;
  /** The compiled parse worker (default: the one beside the parser; tests pass their own build). */
  parseWorker?: URL;
  /** The clock the parse cache judges file stamps by (default Date.now; tests: one past the files' writing). */
  cacheNow?: () => number;
}

export interface ProfileStore {
  index(): ProfileIndex;
  /** Files that are currently broken (a broken file with a last good version is listed here too). */
  rejected(): readonly RejectedFile[];
  /** Reload batches applied since start (for metrics). */
  reloads(): number;
  close(): Promise<void>;
}
