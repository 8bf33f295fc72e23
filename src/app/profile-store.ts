// createProfileStore: the loaded profiles behind a ProfileIndex, kept current by watching the folder:
// changed files are re-parsed and swapped in once they have settled, a file that breaks keeps its last good
// version.
import { readdir, realpath } from 'node:fs/promises';
import type { Logger } from 'pino';
import type { ParseResult } from '../profiles/model/parse-result.js';
import type { Profile, RejectedFile } from '../profiles/model/profile.js';
import { isProfileFile, loadProfileFiles, loadProfiles } from '../profiles/store/load-profiles.js';
import { openParseCache } from '../profiles/store/parse-cache.js';
import { DEFAULT_SETTLE_MS } from '../profiles/store/wait-for-quiet.js';
import type { ProfileIndex } from '../search/search-types.js';
import { type FolderWatcher, watchFolder } from './watch-folder.js';

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
}

export interface ProfileStore {
  index(): ProfileIndex;
  /** Files that are currently broken (a broken file with a last good version is listed here too). */
  rejected(): readonly RejectedFile[];
  /** Reload batches applied since start (for metrics). */
  reloads(): number;
  close(): Promise<void>;
}

type Change = { name: string; result: ParseResult | 'deleted' };

/** Changes applied per turn of the event loop in a big reload (~15 ms at 50,000 profiles). */
export const APPLY_SLICE = 20;

/** Kubernetes ConfigMap and Secret volumes swap this link to update every file at once. */
const isVolumeSwap = (name: string) => name === '..data';

export async function createProfileStore(options: ProfileStoreOptions): Promise<ProfileStore> {
  const { dir, maxBytes, logger } = options;
  const settleMs = options.watch ? (options.settleMs ?? DEFAULT_SETTLE_MS) : 0;
  const cache = options.cacheFile ? await openParseCache(options.cacheFile) : undefined;
  const initial = await loadProfiles(dir, { maxBytes, cache, settleMs });
  // Written after start-up, off the path to ready, and only when something changed; a cache that cannot
  // be written costs the next start its speed, nothing else.
  let saving: Promise<void> = Promise.resolve();
  if (cache) {
    const { hits, misses, loaded, problem } = cache.stats;
    if (problem) logger.warn({ file: options.cacheFile, problem }, 'parse cache ignored');
    if (misses > 0 || hits !== loaded || problem)
      saving = cache.save().then(
        () => logger.info({ file: options.cacheFile, hits, parsed: misses }, 'parse cache saved'),
        (error: Error) =>
          logger.warn({ file: options.cacheFile, err: error.message }, 'parse cache not saved'),
      );
  }
  const byFile = new Map<string, Profile>(initial.profiles.map((p) => [p.file, p]));
  const broken = new Map<string, RejectedFile>(initial.rejected.map((r) => [r.file, r]));
  const index = options.createIndex(initial.profiles);
  let reloads = 0;
  logger.info(
    {
      dir,
      profiles: initial.profiles.length,
      rejected: initial.rejected.length,
      ...(cache && { fromCache: cache.stats.hits, parsed: cache.stats.misses }),
    },
    'profiles loaded',
  );
  for (const r of initial.rejected)
    logger.warn({ file: r.file, line: r.line, reason: r.reason }, 'profile skipped');

  // Which file holds each id, so a batch of reloads checks ids without scanning everyone per file.
  const fileById = new Map<string, string>(initial.profiles.map((p) => [p.id, p.file]));
  const ownerOf = (id: string): string | undefined => fileById.get(id);

  /** Applies one file's outcome to the maps and the index (synchronous). */
  const apply = ({ name, result }: Change): void => {
    const previous = byFile.get(name);
    if (result === 'deleted') {
      if (previous) {
        index.remove(previous.id);
        fileById.delete(previous.id);
      }
      byFile.delete(name);
      broken.delete(name);
      if (previous) logger.info({ file: name, id: previous.id }, 'profile removed');
      return;
    }
    let outcome = result;
    if (outcome.ok) {
      const owner = ownerOf(outcome.profile.id);
      if (owner && owner !== name) {
        const reason = `id "${outcome.profile.id}" is already used by ${owner}`;
        outcome = { ok: false, rejected: { file: name, line: null, reason } };
      }
    }
    if (!outcome.ok) {
      broken.set(name, outcome.rejected);
      const { line, reason } = outcome.rejected;
      const message = previous ? 'profile broken; keeping its last good version' : 'profile skipped';
      logger.warn({ file: name, line, reason }, message);
      return;
    }
    if (previous && previous.id !== outcome.profile.id) {
      index.remove(previous.id);
      fileById.delete(previous.id);
    }
    index.upsert(outcome.profile);
    byFile.set(name, outcome.profile);
    fileById.set(outcome.profile.id, name);
    broken.delete(name);
    logger.info({ file: name, id: outcome.profile.id }, previous ? 'profile reloaded' : 'profile added');
  };

  let watcher: FolderWatcher | null = null;

  const reload = async (names: ReadonlySet<string> | null): Promise<void> => {
    const root = await realpath(dir);
    const targets = names
      ? [...names]
      : [...new Set([...(await readdir(root)).filter(isProfileFile), ...byFile.keys()])];
    // Read and parse everything first (nothing changes while files are read), then swap.
    const outcomes = await loadProfileFiles(root, targets, { maxBytes, settleMs });
    const changes: Change[] = [];
    const changing: string[] = [];
    for (const outcome of outcomes) {
      if (outcome.state === 'changing') changing.push(outcome.name);
      else
        changes.push({ name: outcome.name, result: outcome.state === 'read' ? outcome.result : 'deleted' });
    }
    // Still being written: keep what is served now and look again once it may have settled.
    if (changing.length > 0) {
      logger.debug({ files: changing }, 'profiles still being written; retrying');
      watcher?.queue(changing);
    }
    // Deletions first, so a file may take over the id of one removed in the same batch.
    const order = (c: Change) => (c.result === 'deleted' ? 0 : 1);
    changes.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name));
    // Each file is swapped in whole, and a small batch at once. A big one (a git pull touching
    // thousands of files) goes in slices with a turn of the event loop between them: at 50,000
    // profiles one swap costs ~0.7 ms, so a thousand at once would hold every answer for 0.7 s.
    for (let start = 0; start < changes.length; start += APPLY_SLICE) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      for (const change of changes.slice(start, start + APPLY_SLICE)) apply(change);
    }
    reloads += 1;
  };

  if (options.watch) {
    watcher = watchFolder(dir, {
      debounceMs: options.debounceMs,
      accept: isProfileFile,
      rescan: isVolumeSwap,
      onBatch: reload,
      onError: (error) => logger.error({ err: error, dir }, 'profile reload failed'),
    });
    // Files that were still being written at start-up are read once they settle.
    watcher.queue(initial.changing);
  }

  return {
    index: () => index,
    rejected: () => [...broken.values()].sort((a, b) => a.file.localeCompare(b.file)),
    reloads: () => reloads,
    close: async () => {
      await watcher?.close();
      await saving;
    },
  };
}
