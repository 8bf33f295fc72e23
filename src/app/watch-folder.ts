// watchFolder: fs.watch on one folder, debounced into batches of changed file names (or "everything").
import { type FSWatcher, watch } from 'node:fs';

export interface FolderWatcher {
  /** Hands these names to a later batch, as if they had changed (a file still being written is retried). */
  queue(names: Iterable<string>): void;
  close(): Promise<void>;
}

export interface WatchFolderOptions {
  /** Quiet time before a batch is handed over: editors write a file in several steps. */
  debounceMs?: number;
  /** Which names matter (others are ignored). */
  accept: (name: string) => boolean;
  /**
   * Names whose change means the whole folder may have changed (a Kubernetes ConfigMap volume swaps its
   * `..data` link, and the visible files, links through it, report nothing themselves).
   */
  rescan?: (name: string) => boolean;
  /** One batch: the changed names, or null when the watcher could not say which (rescan all). */
  onBatch: (names: ReadonlySet<string> | null) => Promise<void>;
  onError: (error: Error) => void;
}

export function watchFolder(dir: string, options: WatchFolderOptions): FolderWatcher {
  const debounceMs = options.debounceMs ?? 100;
  let pending = new Set<string>();
  let everything = false;
  let timer: NodeJS.Timeout | null = null;
  // Batches run one after another, so two reloads never interleave.
  let running: Promise<void> = Promise.resolve();
  let closed = false;

  const flush = () => {
    timer = null;
    const names = everything ? null : pending;
    pending = new Set();
    everything = false;
    running = running.then(() => (closed ? undefined : options.onBatch(names))).catch(options.onError);
  };
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };

  const watcher: FSWatcher = watch(dir, { persistent: false }, (_event, filename) => {
    if (closed) return;
    const name = filename?.toString();
    if (name === undefined || options.rescan?.(name)) everything = true;
    else if (options.accept(name)) pending.add(name);
    else return;
    arm();
  });
  watcher.on('error', (error) => options.onError(error));

  return {
    queue(names) {
      const before = pending.size;
      for (const name of names) pending.add(name);
      if (!closed && pending.size > before) arm();
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
      await running;
    },
  };
}
