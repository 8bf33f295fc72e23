// Configuration as a pure function of the environment, validated by zod; errors name the variable.
import { isIP } from 'node:net';
import { z } from 'zod';
import { ENV_SHARD_NAMES, parseShardSpec, type ShardSpec } from './shard-spec.js';

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());
const bool = (fallback: boolean) =>
  z.preprocess(
    blankToUndefined,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
      .optional()
      .transform((v) => (v === undefined ? fallback : ['true', '1', 'yes'].includes(v))),
  );
/** Decimal digits only: Number() would also take "0x10", "1e12" or "Infinity" for a count. */
const digitsOnly = (value: unknown) => {
  const blank = blankToUndefined(value);
  return typeof blank === 'string' && !/^\d+$/.test(blank.trim()) ? Number.NaN : blank;
};
const positiveInt = (fallback: number, what: string, max = Number.MAX_SAFE_INTEGER) =>
  z.preprocess(
    digitsOnly,
    z.coerce
      .number({ message: `expected ${what}` })
      .int({ message: `expected ${what}` })
      .positive({ message: `expected ${what}` })
      .max(max, { message: `expected ${what}, at most ${max}` })
      .default(fallback),
  );
const url = (fallback: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .url({ message: `expected an http(s) URL, e.g. ${fallback}` })
      .refine((v) => /^https?:\/\//.test(v), `expected an http(s) URL, e.g. ${fallback}`)
      .default(fallback),
  );

export const EnvSchema = z.object({
  PROFILES_DIR: z.preprocess(blankToUndefined, z.string().default('./profiles')),
  DEFAULT_PROFILE: optionalString,
  // At most 16 MiB: every byte is held and parsed in memory, seconds per MiB for the worst files.
  PROFILE_MAX_BYTES: positiveInt(1024 * 1024, 'a whole number of bytes, e.g. 1048576', 16 * 1024 * 1024),
  PROFILES_CACHE_FILE: optionalString,
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'expected one of fatal, error, warn, info, debug, trace, silent (e.g. info)',
      })
      .default('info'),
  ),
  LOG_FORMAT: z.preprocess(
    blankToUndefined,
    z.enum(['json', 'pretty'], { message: 'expected json (the default) or pretty' }).default('json'),
  ),
  HOST: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .refine(isHost, 'expected an IP address or a host name to listen on, e.g. 0.0.0.0, :: or localhost')
      .default('0.0.0.0'),
  ),
  PORT: z.preprocess(
    digitsOnly,
    z.coerce
      .number({ message: 'expected a port number 0-65535, e.g. 3000' })
      .int({ message: 'expected a port number 0-65535, e.g. 3000' })
      .min(0, 'expected a port number 0-65535, e.g. 3000')
      .max(65535, 'expected a port number 0-65535, e.g. 3000')
      .default(3000),
  ),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{17,20}$/, 'expected a Discord snowflake (17-20 digits)')
      .optional(),
  ),
  DISCORD_PUBLIC_KEY: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'expected 64 hex characters (General Information › Public Key)')
      .optional(),
  ),
  DISCORD_GUILD_ID: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{17,20}$/, 'expected a Discord snowflake (17-20 digits)')
      .optional(),
  ),
  DISCORD_API_URL: url('https://discord.com/api'),
  DISCORD_SHARDS: optionalString,
  DISCORD_SHARD_COUNT: optionalString,
  SLACK_BOT_TOKEN: z.preprocess(
    blankToUndefined,
    z.string().startsWith('xoxb-', 'expected a bot token starting with xoxb-').optional(),
  ),
  SLACK_APP_TOKEN: z.preprocess(
    blankToUndefined,
    z.string().startsWith('xapp-', 'expected an app-level token starting with xapp-').optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: url('https://slack.com/api/'),
  // Prefixed by default: bare /help, /search, /people collide with other apps in a workspace.
  SLACK_COMMAND_PREFIX: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^(?:none|[a-z][a-z0-9-]{0,6})$/, 'expected a short lowercase prefix such as pa-, or none')
      .default('pa-')
      .transform((v) => (v === 'none' ? '' : v)),
  ),
  RATE_LIMIT_USER_PER_MINUTE: positiveInt(20, 'a whole number of requests, e.g. 20'),
  RATE_LIMIT_COMMUNITY_PER_MINUTE: positiveInt(300, 'a whole number of requests, e.g. 300'),
  CONTACT_EPHEMERAL: bool(true),
  REDIS_URL: z.preprocess(
    blankToUndefined,
    z
      .url({ message: 'expected a Redis URL, e.g. redis://redis:6379 (or rediss:// for TLS)' })
      .refine(
        (v) => /^rediss?:\/\/[^/?#]/.test(v),
        'expected a Redis URL, e.g. redis://redis:6379 (or rediss:// for TLS)',
      )
      .optional(),
  ),
});

export interface Config {
  profilesDir: string;
  defaultProfile: string | null;
  maxProfileBytes: number;
  /** Where parsed profiles are kept between runs (null: no cache). */
  profilesCacheFile: string | null;
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

/** An IPv4/IPv6 address, or a DNS host name (RFC 1123 labels) whose last label is not all digits. */
function isHost(value: string): boolean {
  if (isIP(value) !== 0) return true;
  if (value.length > 253) return false;
  const labels = value.split('.');
  if (/^\d+$/.test(labels.at(-1) ?? '')) return false;
  return labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
}

const SECRET_VARIABLES = /TOKEN|SECRET|KEY/;
function redactValue(variable: string, value: string | undefined): string | undefined {
  // A Redis URL may carry a password (redis://:secret@host): never echo it back.
  if (variable === 'REDIS_URL' && value !== undefined) return value.replace(/\/\/[^@/]*@/, '//***@');
  if (value === undefined || !SECRET_VARIABLES.test(variable)) return value;
  return value.length <= 8 ? '***' : `${value.slice(0, 4)}…(${value.length} chars)`;
}
