// LoadOptions, FileOutcome, ParseMany: what loadProfileFiles (load-profile-files.ts) is asked and answers.
import type { ParseResult } from '../model/parse-result.js';
import type { ParseCache } from './parse-cache.js';
import type { StartBudget } from './start-budget.js';

/** Parses several files at once elsewhere (worker threads); results in the files' order. */
export type ParseMany = (
  files: { name: string; bytes: Uint8Array }[],
  maxBytes: number,
) => Promise<ParseResult[]>;

export interface LoadOptions {
  maxBytes?: number;
  /** Parsed profiles from an earlier run, by content (PROFILES_CACHE_FILE). */
  cache?: ParseCache;
  /**
   * Settle time: a file changed less than this long ago is read only if it stays unchanged until then,
   * and only if it did not change while being read; otherwise it is 'changing'. 0 (default): read as is.
   */
  settleMs?: number;
  /**
   * Read with blocking calls: for a one-off load (`ask`, `profiles check`) where nothing else waits, they
   * cost a fraction of the promise API's CPU. A server keeps the default, asynchronous reads.
   */
  blocking?: boolean;
  /**
   * Parse the files the cache lacks on the machine's other cores too (worker threads), once there are
   * enough of them to pay for the workers' start: for a one-off load of a large folder.
   */
  workers?: boolean;
  /** Parse the files the cache lacks with this instead (a hot reload: off the thread that answers). */
  parseMany?: ParseMany;
  /**
   * A one-off load (`ask`, `profiles check`): files over MAIN_THREAD_MAX_BYTES parse with this instead
   * (the parse pool: a time limit per file), as a server's start-up leaves them to its worker.
   */
  isolate?: ParseMany;
  /**
   * A server's start-up: a file this budget does not admit (too large, or the budget spent) is not parsed
   * here but left 'deferred', for the parse worker to load in the background.
   */
  budget?: StartBudget;
}

/**
 * One file's outcome: parsed (or rejected with a reason), gone, still being written, left for the parse
 * worker (the start budget did not admit it), or the same file as an entry earlier in the list. `real` is
 * its real path, when it resolved to one.
 */
export type FileOutcome =
  | { name: string; state: 'read'; result: ParseResult; real?: string }
  | { name: string; state: 'missing'; link: boolean }
  | { name: string; state: 'changing'; real: string }
  | { name: string; state: 'deferred'; real: string }
  | { name: string; state: 'duplicate'; of: string; real: string };
