// createSeenIds: delivery ids already taken, so a repeated delivery (replay, retry, redelivery to another
// replica) is recognised. Backed by the app's StateStore (shared on Redis), or a bounded local one.
import { createMemoryStore } from '../state/memory-store.js';
import type { StateStore } from '../state/state-store.js';

export interface SeenIds {
  /** True the first time an id is offered (and remembers it); false for a repeat within the TTL. */
  firstTime(id: string): Promise<boolean>;
}

export interface SeenIdsOptions {
  /** Names the kind of id in the store's keys (ids of two platforms never collide). */
  scope: string;
  ttlMs: number;
  /** The shared store; without one a local store holding at most `max` ids (default 50,000). */
  store?: StateStore;
  max?: number;
  now?: () => number;
}

export function createSeenIds(options: SeenIdsOptions): SeenIds {
  const store =
    options.store ??
    createMemoryStore({
      ...(options.max ? { max: options.max } : {}),
      ...(options.now ? { now: options.now } : {}),
    });
  return {
    firstTime: (id) => store.setIfAbsent(`seen:${options.scope}:${id}`, options.ttlMs),
  };
}
