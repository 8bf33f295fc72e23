// gatewayShardOptions: the discord.js client options that run this process's gateway shards inside one
// Client (discord.js internal sharding over @discordjs/ws), so every shard answers from the one profile
// index of this process. Shard ranges on other machines coordinate through the shared state store.
import type { ClientOptions } from 'discord.js';
import { type ShardSpec, shardIds } from '../../config/shard-spec.js';
import type { StateStore } from '../../state/state-store.js';
import { createSharedIdentifyThrottler } from './shared-identify-throttler.js';

export type GatewayShardOptions = Required<Pick<ClientOptions, 'shards' | 'shardCount'>> &
  Pick<ClientOptions, 'ws'>;

export function gatewayShardOptions(spec: ShardSpec | null, state?: StateStore): GatewayShardOptions {
  // Always explicit: left unset, discord.js would read SHARDS/SHARD_COUNT from the process environment.
  const placement =
    spec === null
      ? { shards: [0], shardCount: 1 }
      : spec.mode === 'auto'
        ? { shards: 'auto' as const, shardCount: 1 }
        : { shards: shardIds(spec), shardCount: spec.count };
  // In memory the library's own throttler is exact; only a shared store can order several machines.
  if (state?.status().kind !== 'redis') return placement;
  return {
    ...placement,
    ws: {
      async buildIdentifyThrottler(manager) {
        const info = await manager.fetchGatewayInformation();
        return createSharedIdentifyThrottler({
          store: state,
          maxConcurrency: info.session_start_limit.max_concurrency,
        });
      },
    },
  };
}
