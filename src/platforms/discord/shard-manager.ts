// startShards: runs the gateway bot as N child processes with discord.js's ShardingManager (large bots:
// Discord requires a shard per 2,500 guilds). Each child is `profile-assistant start` with SHARDS set.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import type { Logger } from 'pino';
import type { CliIo } from '../../cli/cli-io.js';
import type { Config } from '../../config/config.js';

export interface ShardPlan {
  script: string;
  totalShards: 'auto' | number;
  shardArgs: string[];
}

/** The bin script, from src/ (tsx) or dist/src/ (built). */
function binScript(): string {
  for (const up of ['../../../', '../../../../']) {
    const path = fileURLToPath(new URL(`${up}bin/profile-assistant.js`, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('bin/profile-assistant.js not found next to the sources');
}

/** Validated sharding options: children run `start` and see SHARDING_MANAGER=true in their environment. */
export function shardPlan(shards: 'auto' | number, script = binScript()): ShardPlan {
  if (shards !== 'auto' && (!Number.isInteger(shards) || shards < 1 || shards > 10_000)) {
    throw new Error(`--shards must be "auto" or a whole number from 1 to 10000, got ${shards}`);
  }
  return { script, totalShards: shards, shardArgs: ['start'] };
}

export async function startShards(options: {
  config: Config;
  logger: Logger;
  shards: 'auto' | number;
  io: CliIo;
}): Promise<number> {
  const { config, logger, io } = options;
  const plan = shardPlan(options.shards);
  const manager = new ShardingManager(plan.script, {
    token: config.discord.token ?? undefined,
    totalShards: plan.totalShards,
    shardArgs: plan.shardArgs,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id }, 'shard launched');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited; respawning'));
  });
  try {
    await manager.spawn({ timeout: 60_000 });
  } catch (error) {
    logger.error({ err: error }, 'shards failed to start');
    return 1;
  }
  logger.info({ shards: manager.totalShards }, 'all shards ready');
  await (io.stopSignal ?? new Promise<never>(() => {}));
  for (const shard of manager.shards.values()) shard.kill();
  return 0;
}
