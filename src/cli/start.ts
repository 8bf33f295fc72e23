// `start [--shards auto|N]`: validate config, run the configured platforms and the HTTP listener
// until asked to stop, then shut down gracefully and exit 0.
import { type Config, configuredPlatforms, loadConfig } from '../config/config.js';
import { formatConfigErrors } from '../config/format-config-errors.js';
import { createLogger } from '../logging/create-logger.js';
import { type CliIo, writeLine } from './cli-io.js';

export const NO_PLATFORM_MESSAGE = `profile-assistant start: no platform is configured, so there is nothing to serve.
Configure at least one (in the environment or a .env file; see .env.example):
  DISCORD_TOKEN                                   Discord gateway bot
  DISCORD_PUBLIC_KEY                              Discord HTTP interactions at POST /discord/interactions
  SLACK_BOT_TOKEN + SLACK_APP_TOKEN               Slack Socket Mode
  SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET          Slack HTTP mode at POST /slack/events
or chat with the profiles locally: profile-assistant shell`;

export const usage =
  'usage: profile-assistant start [--shards auto|N]\n' +
  '  Runs every configured platform plus the HTTP listener (/healthz, /readyz, /metrics, webhooks).\n' +
  '  Exits 1 when no platform is configured. --shards runs the Discord gateway as N shard processes.';
const USAGE = usage;

type StartArgs = { ok: true; shards: 'auto' | number | null } | { ok: false; problem: string };

export function parseStartArgs(args: readonly string[]): StartArgs {
  let shards: 'auto' | number | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = arg.startsWith('--shards=') ? arg.slice('--shards='.length) : null;
    if (arg !== '--shards' && inline === null) return { ok: false, problem: `unknown argument "${arg}"` };
    const value = inline ?? args[++i];
    if (value === 'auto') shards = 'auto';
    else if (value !== undefined && /^[1-9]\d{0,4}$/.test(value)) shards = Number(value);
    else
      return { ok: false, problem: '--shards expects "auto" or a whole number of shards, e.g. --shards 2' };
  }
  return { ok: true, shards };
}

/**
 * A shard child (spawned by ShardingManager, which sets SHARDING_MANAGER and SHARDS) shares the
 * host with its siblings: each listens on PORT + its first shard id, so they never collide (the
 * manager opens no port, so shard 0 answers the image's health check on PORT).
 */
export function withShardPort(config: Config, env: CliIo['env']): Config {
  if (env.SHARDING_MANAGER !== 'true' || config.http.port === 0) return config;
  const shard = Number((env.SHARDS ?? '').split(',')[0]);
  if (!Number.isInteger(shard) || shard < 0) return config;
  return { ...config, http: { ...config.http, port: config.http.port + shard } };
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseStartArgs(args);
  if (!parsed.ok) {
    writeLine(io.stderr, `profile-assistant start: ${parsed.problem}\n${USAGE}`);
    return 2;
  }
  const loaded = loadConfig(io.env);
  if (!loaded.ok) {
    writeLine(io.stderr, formatConfigErrors(loaded.errors));
    return 1;
  }
  const config = withShardPort(loaded.config, io.env);
  if (configuredPlatforms(config).length === 0) {
    writeLine(io.stderr, NO_PLATFORM_MESSAGE);
    return 1;
  }
  const logger = createLogger(config, io.stdout);
  if (parsed.shards !== null) {
    if (!config.discord.token) {
      writeLine(io.stderr, 'profile-assistant start: --shards runs the Discord gateway: set DISCORD_TOKEN');
      return 1;
    }
    // The shard manager owns the process from here: it spawns one child `start` per shard group.
    const { startShards } = await import('../platforms/discord/shard-manager.js');
    return startShards({ config, logger, shards: parsed.shards, io });
  }

  // Loaded only past validation: a config error answers before the app's modules load.
  const { createApp } = await import('../app/create-app.js');
  const app = createApp({ config, logger });
  try {
    const started = await app.start();
    logger.info(
      {
        platforms: started.platforms,
        http: `http://${started.address.address}:${started.address.port}`,
        profiles: started.profiles,
        rejected: started.rejected,
      },
      'ready',
    );
  } catch (error) {
    logger.error({ err: error }, 'startup failed');
    await app.stop();
    logger.flush();
    writeLine(io.stderr, 'profile-assistant start: startup failed (the log above says why)');
    return 1;
  }
  const signal = await (io.stopSignal ?? new Promise<string>(() => {}));
  logger.info({ signal }, 'stopping: no new work, finishing answers in flight');
  await app.stop();
  logger.info('stopped');
  logger.flush();
  return 0;
}
