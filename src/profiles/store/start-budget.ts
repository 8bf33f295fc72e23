// createStartBudget: how much parsing a server's start-up does on its own thread before it answers. A file
// over MAIN_THREAD_MAX_BYTES, and every file once the parsing so far has used the budget, is left for the
// parse worker (a time budget and a memory cap per file) to load in the background while the bot answers.

/**
 * Files larger than this parse in the worker, never on the thread that answers: real profiles are a few
 * KB to a few tens of KB, and a hostile file of this size still parses in well under a second.
 */
export const MAIN_THREAD_MAX_BYTES = 128 * 1024;

/** Default start-up budget (PROFILE_STARTUP_BUDGET_MS): a normal folder of 10,000 profiles fits in it. */
export const DEFAULT_STARTUP_BUDGET_MS = 20_000;

export interface StartBudget {
  /** True when a file of `bytes` may parse here now. */
  admits(bytes: number): boolean;
  /** Time the parse of one file here took: `since` is the budget's clock when it began. */
  spend(since: number): void;
  /** The budget's clock (milliseconds). */
  now(): number;
  /** What is left of the budget, counted from its opening (parsing and waiting alike). */
  remainingMs(): number;
}

export interface StartBudgetOptions {
  totalMs: number;
  /** Largest file that parses here (default MAIN_THREAD_MAX_BYTES). */
  maxBytes?: number;
  /** The clock (default performance.now; tests pass their own). */
  now?: () => number;
}

export function createStartBudget(options: StartBudgetOptions): StartBudget {
  const now = options.now ?? (() => performance.now());
  const maxBytes = options.maxBytes ?? MAIN_THREAD_MAX_BYTES;
  const opened = now();
  let spent = 0;
  return {
    admits: (bytes) => bytes <= maxBytes && spent < options.totalMs,
    spend(since) {
      spent += now() - since;
    },
    now,
    remainingMs: () => Math.max(0, options.totalMs - (now() - opened)),
  };
}
