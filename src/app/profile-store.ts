// createProfileStore: the loaded profiles behind a ProfileIndex, kept current by watching the folder:
// changed files are re-parsed (in a worker thread, within a time budget) and swapped in once they have
// settled; a file that breaks or takes too long keeps its last good version. Start-up parses on this
// thread within a start budget; large files and whatever the budget leaves load in the worker meanwhile.
import { readdir, realpath } from 'node:fs/promises';
import { loadProfileFiles } from '../profiles/store/load-profile-files.js';
import { isProfileFile, loadProfiles } from '../profiles/store/load-profiles.js';
import { openParseCache } from '../profiles/store/parse-cache.js';
import { createParsePool, DEFAULT_PARSE_TIMEOUT_MS } from '../profiles/store/parse-pool.js';
import { createStartBudget, DEFAULT_STARTUP_BUDGET_MS } from '../profiles/store/start-budget.js';
import { DEFAULT_SETTLE_MS } from '../profiles/store/wait-for-quiet.js';
import type { ProfileStore, ProfileStoreOptions } from './profile-store-types.js';
import { type Change, createSameFiles } from './same-files.js';
import { createServedProfiles, SAME_FILE } from './served-profiles.js';
import { type FolderWatcher, watchFolder } from './watch-folder.js';

/** Changes applied per turn of the event loop in a big reload (~15 ms at 50,000 profiles). */
export const APPLY_SLICE = 20;

/** Files start-up left to the worker, parsed per background reload. */
const DEFERRED_SLICE = 8;

/** Kubernetes ConfigMap and Secret volumes swap this link to update every file at once. */
const isVolumeSwap = (name: string) => name === '..data';

export async function createProfileStore(options: ProfileStoreOptions): Promise<ProfileStore> {
  const { dir, maxBytes, logger } = options;
  const settleMs = options.watch ? (options.settleMs ?? DEFAULT_SETTLE_MS) : 0;
  const cache = options.cacheFile
    ? await openParseCache(options.cacheFile, options.cacheNow ? { now: options.cacheNow } : {})
    : undefined;
  const budget = createStartBudget({ totalMs: options.startupBudgetMs ?? DEFAULT_STARTUP_BUDGET_MS });
  const initial = await loadProfiles(dir, { maxBytes, cache, settleMs, budget });
  // Written after start-up, off the path to ready, and only when something changed (again once the files
  // start-up left are in); a cache that cannot be written costs the next start its speed, nothing else.
  let saving: Promise<void> = Promise.resolve();
  const saveCache = () => {
    if (!cache) return;
    const { hits, misses } = cache.stats;
    saving = saving.then(() =>
      cache.save().then(
        () => logger.info({ file: options.cacheFile, hits, parsed: misses }, 'parse cache saved'),
        (error: Error) =>
          logger.warn({ file: options.cacheFile, err: error.message }, 'parse cache not saved'),
      ),
    );
  };
  if (cache?.stats.problem)
    logger.warn({ file: options.cacheFile, problem: cache.stats.problem }, 'parse cache ignored');
  if (cache && (cache.changed || cache.stats.problem)) saveCache();
  const served = createServedProfiles(options.createIndex, initial, logger);
  let reloads = 0;
  logger.info(
    {
      dir,
      profiles: initial.profiles.length,
      rejected: initial.rejected.length,
      ...(initial.deferred.length > 0 && { inBackground: initial.deferred.length }),
      ...(cache && { fromCache: cache.stats.hits, parsed: cache.stats.misses }),
    },
    'profiles loaded',
  );
  for (const r of initial.rejected)
    logger.warn({ file: r.file, line: r.line, reason: r.reason }, 'profile skipped');
  for (const d of initial.duplicates) logger.warn({ file: d.file, of: d.of }, SAME_FILE);
  const sameFiles = createSameFiles(initial.realPaths);

  let watcher: FolderWatcher | null = null;
  let closed = false;
  // Changed files (and those start-up left) parse in a worker thread, started on first use: a
  // pathological file costs that thread seconds, never the answers given meanwhile.
  const pool = createParsePool({
    timeoutMs: options.parseTimeoutMs ?? DEFAULT_PARSE_TIMEOUT_MS,
    ...(options.parseWorker && { worker: options.parseWorker }),
    onFallback: (why) =>
      logger.warn({ why }, 'changed profiles parse on the main thread, with no time limit'),
  });

  /** `deferred`: files start-up left, which the parse cache lacks; stored in it as they parse. */
  const reload = async (names: ReadonlySet<string> | null, deferred = false): Promise<void> => {
    const root = await realpath(dir);
    const asked = names ?? [...(await readdir(root)).filter(isProfileFile), ...served.names()];
    // Other names of a changed file are read with it: if the one served goes, the next takes its place.
    const targets = sameFiles.withSharers(asked);
    // Read and parse everything first (nothing changes while files are read), then swap.
    const outcomes = await loadProfileFiles(root, targets, {
      maxBytes,
      settleMs,
      parseMany: pool.parse,
      ...(deferred && cache && { cache }),
    });
    if (closed) return;
    const changing = outcomes.filter((o) => o.state === 'changing').map((o) => o.name);
    const changes = sameFiles.changes(outcomes, served.holds);
    // Still being written: keep what is served now and look again once it may have settled.
    if (changing.length > 0) {
      logger.debug({ files: changing }, 'profiles still being written; retrying');
      watcher?.queue(changing);
    }
    // Removals first, so a file may take over the id of one removed in the same batch.
    const order = (c: Change) => (c.result === 'deleted' || c.result === 'duplicate' ? 0 : 1);
    changes.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name));
    // Each file is swapped in whole, and a small batch at once. A big one (a git pull touching
    // thousands of files) goes in slices with a turn of the event loop between them: at 50,000
    // profiles one swap costs ~0.7 ms, so a thousand at once would hold every answer for 0.7 s.
    for (let start = 0; start < changes.length; start += APPLY_SLICE) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const change of changes.slice(start, start + APPLY_SLICE)) served.apply(change);
    }
    reloads += 1;
  };
  // One reload at a time, whether the watcher or the start-up's background load asks.
  let reloading: Promise<void> = Promise.resolve();
  const serially = (names: ReadonlySet<string> | null, deferred = false) => {
    const run = reloading.then(() => (closed ? undefined : reload(names, deferred)));
    reloading = run.catch(() => undefined);
    return run;
  };
  if (options.watch) {
    watcher = watchFolder(dir, {
      debounceMs: options.debounceMs,
      accept: isProfileFile,
      rescan: isVolumeSwap,
      onBatch: serially,
      onError: (error) => logger.error({ err: error, dir }, 'profile reload failed'),
    });
    // Files that were still being written at start-up are read once they settle.
    watcher.queue(initial.changing);
  }

  // Watching first: a deferred file found still being written is handed to the watcher, as at start-up.
  // A few files per reload, each reload queued when the last is done: they are served as they parse,
  // and a change the watcher saw meanwhile is not held behind all of them.
  const loadDeferred = async () => {
    for (let start = 0; start < initial.deferred.length && !closed; start += DEFERRED_SLICE) {
      const names = new Set(initial.deferred.slice(start, start + DEFERRED_SLICE));
      await serially(names, true).catch((error: Error) =>
        logger.error({ err: error, dir }, 'profile background load failed'),
      );
    }
    const { size } = served.index;
    logger.info({ profiles: size, rejected: served.rejected().length }, 'profiles loaded in the background');
    // So the next start serves them from the cache instead of parsing them again.
    if (cache?.changed) saveCache();
  };
  const background = initial.deferred.length > 0 ? loadDeferred() : null;
  // What the budget has left goes to waiting for them; past it, they are swapped in as they finish.
  if (background) await waitAtMost(background, budget.remainingMs());

  return {
    index: () => served.index,
    rejected: () => served.rejected(),
    reloads: () => reloads,
    close: async () => {
      // The worker first: a parse in flight is abandoned, so the last batch ends without waiting on it.
      closed = true;
      await pool.close();
      await watcher?.close();
      await background;
      await saving;
    },
  };
}

/**
 * Resolves when `work` does or after `ms`, whichever is first. The timer holds the process meanwhile:
 * the parse worker does not, and nothing else may yet (start-up has not listened).
 */
function waitAtMost(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
