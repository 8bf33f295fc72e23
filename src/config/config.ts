// Configuration as a pure function of the environment, validated by zod; errors name the variable.
import { EnvSchema } from './env-schema.js';
import { ENV_SHARD_NAMES, parseShardSpec, type ShardSpec } from './shard-spec.js';

export interface Config {
  profilesDir: string;
  defaultProfile: string | null;
  maxProfileBytes: number;
  /** Where parsed profiles are kept between runs (null: no cache). */
  profilesCacheFile: string | null;
  /** Budget for parsing one changed file during a hot reload, in milliseconds. */
  parseTimeoutMs: number;
  /** How long start-up parses and waits for profiles before the rest load in the background, in ms. */
  startupBudgetMs: number;
  log: {
    level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
    format: 'json' | 'pretty';
  };
  http: { host: string; port: number };
  discord: {
    token: string | null;
    applicationId: string | null;
    publicKey: string | null;
    guildId: string | null;
    apiUrl: string;
    /** Gateway shards run in this process (null: one shard, no sharding). */
    shards: ShardSpec | null;
  };
  slack: {
    botToken: string | null;
    appToken: string | null;
    signingSecret: string | null;
    apiUrl: string;
    commandPrefix: string;
  };
  rateLimit: { userPerMinute: number; communityPerMinute: number };
  privacy: { contactEphemeral: boolean };
  /** Shared state for several replicas (de-duplication, rate limits, page tokens); null: per process. */
  redisUrl: string | null;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: string[] };

/** Pure: reads only the given env. Each error line names the variable and what a good value is. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => {
      const variable = issue.path.join('.') || '(environment)';
      const shown =
        env[variable] === undefined ? '' : ` (got ${JSON.stringify(redactValue(variable, env[variable]))})`;
      return `${variable}: ${issue.message}${shown}`;
    });
    return { ok: false, errors };
  }
  const e = parsed.data;
  const errors: string[] = [];
  if (e.SLACK_BOT_TOKEN && !e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
    errors.push(
      'SLACK_BOT_TOKEN: set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) with it',
    );
  }
  if ((e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) && !e.SLACK_BOT_TOKEN) {
    const which = e.SLACK_APP_TOKEN ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET';
    errors.push(`SLACK_BOT_TOKEN: required when ${which} is set (a bot token starting with xoxb-)`);
  }
  const shards = parseShardSpec(e.DISCORD_SHARDS, e.DISCORD_SHARD_COUNT, ENV_SHARD_NAMES);
  if (!shards.ok) errors.push(shards.problem);
  else if (shards.spec && !e.DISCORD_TOKEN) {
    errors.push('DISCORD_SHARDS: shards the Discord gateway bot; set DISCORD_TOKEN with it');
  }
  if (errors.length > 0 || !shards.ok) return { ok: false, errors };
  return {
    ok: true,
    config: {
      profilesDir: e.PROFILES_DIR,
      defaultProfile: e.DEFAULT_PROFILE ?? null,
      maxProfileBytes: e.PROFILE_MAX_BYTES,
      profilesCacheFile: e.PROFILES_CACHE_FILE ?? null,
      parseTimeoutMs: e.PROFILE_PARSE_TIMEOUT_MS,
      startupBudgetMs: e.PROFILE_STARTUP_BUDGET_MS,
      log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT },
      http: { host: e.HOST, port: e.PORT },
      discord: {
        token: e.DISCORD_TOKEN ?? null,
        applicationId: e.DISCORD_APPLICATION_ID ?? null,
        publicKey: e.DISCORD_PUBLIC_KEY ?? null,
        guildId: e.DISCORD_GUILD_ID ?? null,
        apiUrl: e.DISCORD_API_URL.replace(/(?<!\/)\/+$/, ''),
        shards: shards.spec,
      },
      slack: {
        botToken: e.SLACK_BOT_TOKEN ?? null,
        appToken: e.SLACK_APP_TOKEN ?? null,
        signingSecret: e.SLACK_SIGNING_SECRET ?? null,
        apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
        commandPrefix: e.SLACK_COMMAND_PREFIX,
      },
      rateLimit: {
        userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE,
        communityPerMinute: e.RATE_LIMIT_COMMUNITY_PER_MINUTE,
      },
      privacy: { contactEphemeral: e.CONTACT_EPHEMERAL },
      redisUrl: e.REDIS_URL ?? null,
    },
  };
}

/** Which platforms the config turns on. */
export function configuredPlatforms(config: Config): string[] {
  const on: string[] = [];
  if (config.discord.token) on.push('discord-gateway');
  if (config.discord.publicKey) on.push('discord-http');
  if (config.slack.botToken && config.slack.appToken) on.push('slack-socket');
  else if (config.slack.botToken && config.slack.signingSecret) on.push('slack-http');
  return on;
}

const SECRET_VARIABLES = /TOKEN|SECRET|KEY/;
function redactValue(variable: string, value: string | undefined): string | undefined {
  // A Redis URL may carry a password (redis://:secret@host): never echo it back.
  if (variable === 'REDIS_URL' && value !== undefined) return value.replace(/\/\/[^@/]*@/, '//***@');
  if (value === undefined || !SECRET_VARIABLES.test(variable)) return value;
  return value.length <= 8 ? '***' : `${value.slice(0, 4)}…(${value.length} chars)`;
}
