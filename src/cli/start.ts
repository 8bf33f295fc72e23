// `start [--shards auto|N|A-B] [--shard-count N]`: validate config, run the configured platforms and
// the HTTP listener until asked to stop, then shut down gracefully and exit 0.
import { configuredPlatforms, loadConfig } from '../config/config.js';
import { formatConfigErrors } from '../config/format-config-errors.js';
import { CLI_SHARD_NAMES, parseShardSpec, type ShardSpec } from '../config/shard-spec.js';
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
  'usage: profile-assistant start [--shards auto|N|FIRST-LAST] [--shard-count TOTAL]\n' +
  '  Runs every configured platform plus the HTTP listener (/healthz, /readyz, /metrics, webhooks).\n' +
  '  Exits 1 when no platform is configured.\n' +
  '  --shards runs the Discord gateway as several shards, all in this one process (one profile index):\n' +
  '    --shards auto                  as many as Discord recommends\n' +
  '    --shards 4                     shards 0-3 of 4\n' +
  '    --shards 0-7 --shard-count 16  shards 0 to 7 of 16 (other machines run 8-15; share REDIS_URL)\n' +
  '  Environment equivalents: DISCORD_SHARDS, DISCORD_SHARD_COUNT (the options win when given).';
const USAGE = usage;

/** `shards` is null when the command line gives no shard option (the environment may). */
type StartArgs = { ok: true; shards: ShardSpec | null } | { ok: false; problem: string };

const OPTIONS = ['--shards', '--shard-count'] as const;

/** `--shards`/`--shard-count` as `--x value` or `--x=value`; null shards when neither is given. */
export function parseStartArgs(args: readonly string[]): StartArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const name = OPTIONS.find((o) => arg === o || arg.startsWith(`${o}=`));
    if (!name) return { ok: false, problem: `unknown argument "${arg.slice(0, 40)}"` };
    const value = arg === name ? args[++i] : arg.slice(name.length + 1);
    if (value === undefined || value.startsWith('--')) return { ok: false, problem: `${name} needs a value` };
    if (values.has(name)) return { ok: false, problem: `${name} is given twice` };
    values.set(name, value);
  }
  if (values.size === 0) return { ok: true, shards: null };
  const shards = parseShardSpec(values.get('--shards'), values.get('--shard-count'), CLI_SHARD_NAMES);
  return shards.ok ? { ok: true, shards: shards.spec } : { ok: false, problem: shards.problem };
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
  // The command line wins over DISCORD_SHARDS/DISCORD_SHARD_COUNT, as a pair (never half of each).
  const config =
    parsed.shards !== null
      ? { ...loaded.config, discord: { ...loaded.config.discord, shards: parsed.shards } }
      : loaded.config;
  if (configuredPlatforms(config).length === 0) {
    writeLine(io.stderr, NO_PLATFORM_MESSAGE);
    return 1;
  }
  if (config.discord.shards && !config.discord.token) {
    writeLine(io.stderr, 'profile-assistant start: --shards runs the Discord gateway: set DISCORD_TOKEN');
    return 1;
  }
  const logger = createLogger(config, io.stdout);

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
