// createSharedIdentifyThrottler: Discord allows one IDENTIFY per 5 s in each max_concurrency bucket for
// the whole bot. With shard ranges on several machines, the turn is taken in the shared state store
// (Redis), so machines wait for each other instead of each assuming it is alone and being refused.
import { setTimeout as sleep } from 'node:timers/promises';
import type { StateStore } from '../../state/state-store.js';

/** The shape @discordjs/ws asks for (`IIdentifyThrottler`). */
export interface IdentifyThrottler {
  waitForIdentify(shardId: number, signal: AbortSignal): Promise<void>;
}

export interface SharedIdentifyThrottlerOptions {
  store: Pick<StateStore, 'setIfAbsent'>;
  /** From GET /gateway/bot `session_start_limit.max_concurrency`. */
  maxConcurrency: number;
  /** How long a turn holds its bucket: Discord's 5 s plus a margin for clock and network skew. */
  turnMs?: number;
  /** How often a waiting shard asks again. */
  pollMs?: number;
}

export function createSharedIdentifyThrottler(options: SharedIdentifyThrottlerOptions): IdentifyThrottler {
  const buckets = Math.max(1, Math.floor(options.maxConcurrency) || 1);
  const turnMs = options.turnMs ?? 5_500;
  const pollMs = options.pollMs ?? 500;
  return {
    async waitForIdentify(shardId, signal) {
      const key = `discord:identify:${shardId % buckets}`;
      // Ends when the turn is ours or the shard gives up waiting (the library aborts on close/destroy).
      for (;;) {
        signal.throwIfAborted();
        if (await options.store.setIfAbsent(key, turnMs)) return;
        // Jitter: shards polling in lockstep would all ask in the same instant after a turn ends.
        await sleep(pollMs * (0.75 + Math.random() / 2), undefined, { signal });
      }
    },
  };
}
