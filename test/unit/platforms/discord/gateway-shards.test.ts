// Client options for the shards of this process: explicit ids and count, and a shared identify turn
// only when the state store is Redis (in memory the library's own throttler is exact).
import { describe, expect, it } from 'vitest';
import { gatewayShardOptions } from '../../../../src/platforms/discord/gateway-shards.js';
import { createMemoryStore } from '../../../../src/state/memory-store.js';
import type { StateStore } from '../../../../src/state/state-store.js';

describe('gatewayShardOptions', () => {
  it('runs shard 0 of 1 without sharding, named explicitly so the library never reads SHARDS from the env', () => {
    expect(gatewayShardOptions(null)).toEqual({ shards: [0], shardCount: 1 });
  });

  it('runs every id of a range with the total count, and lets Discord decide with auto', () => {
    expect(gatewayShardOptions({ mode: 'fixed', first: 2, last: 5, count: 16 })).toEqual({
      shards: [2, 3, 4, 5],
      shardCount: 16,
    });
    expect(gatewayShardOptions({ mode: 'auto' }).shards).toBe('auto');
  });

  it('takes identify turns in the store only when the store is shared (Redis)', async () => {
    const memory = createMemoryStore();
    expect(gatewayShardOptions({ mode: 'auto' }, memory).ws).toBeUndefined();
    const redisLike: StateStore = { ...memory, status: () => ({ kind: 'redis', up: true }) };
    const options = gatewayShardOptions({ mode: 'fixed', first: 0, last: 1, count: 2 }, redisLike);
    const manager = {
      fetchGatewayInformation: async () => ({ session_start_limit: { max_concurrency: 1 } }),
    };
    const build = options.ws?.buildIdentifyThrottler;
    expect(build).toBeDefined();
    const throttler = await build!(manager as never);
    await throttler.waitForIdentify(0, new AbortController().signal);
    expect(await memory.get('discord:identify:0')).toBe('1');
  });
});
