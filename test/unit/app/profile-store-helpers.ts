// Helpers for the profile store tests: a Map-backed index, a logger that keeps its records, a poll-until.
import pino from 'pino';
import { createProfileStore } from '../../../src/app/profile-store.js';
import type { ProfileStore } from '../../../src/app/profile-store-types.js';
import type { Profile } from '../../../src/profiles/model/profile.js';
import type { ProfileIndex } from '../../../src/search/search-types.js';

/** A minimal ProfileIndex over a Map: the store only uses all/get/upsert/remove. */
export function createMapIndex(profiles: readonly Profile[]): ProfileIndex {
  const byId = new Map(profiles.map((p) => [p.id, p]));
  const unused = () => {
    throw new Error('not used by the store');
  };
  return {
    get size() {
      return byId.size;
    },
    all: () => [...byId.values()].sort((a, b) => a.name.localeCompare(b.name)),
    get: (id) => byId.get(id),
    upsert: (p) => void byId.set(p.id, p),
    remove: (id) => void byId.delete(id),
    resolvePerson: unused,
    whoKnows: unused,
    whoKnowsAll: unused,
    search: unused,
    resolveSection: unused,
    completePeople: unused,
    completeSkills: unused,
    completeSections: unused,
  };
}

/** Captures log records so tests can assert what the store said. */
export function createMemoryLogger() {
  const records: { level: number; msg: string; file?: string; reason?: string }[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void records.push(JSON.parse(line)) });
  return { logger, records };
}

/** Waits until the store has applied `count` reload batches and `check` holds (15 s: a throttled CPU). */
export async function until(s: ProfileStore, check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; reloads=${s.reloads()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A store over `dir` with the Map index and a 50 ms debounce, and the records its logger kept. */
export async function openMapStore(dir: string, watch = true) {
  const { logger, records } = createMemoryLogger();
  const store = await createProfileStore({
    dir,
    maxBytes: 1024 * 1024,
    logger,
    createIndex: createMapIndex,
    watch,
    debounceMs: 50,
  });
  return { store, records };
}
