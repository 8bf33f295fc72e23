// EnvSchema: every environment variable the app reads, with its default and the message a bad value gets.
import { isIP } from 'node:net';
import { z } from 'zod';

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
  // A changed file whose parse (in a worker thread) outlives this is skipped; its last good version stays.
  PROFILE_PARSE_TIMEOUT_MS: positiveInt(10_000, 'a whole number of milliseconds, e.g. 10000', 600_000),
  // Start-up parses (and waits for the parse worker) this long; the files left load while the bot answers.
  PROFILE_STARTUP_BUDGET_MS: positiveInt(20_000, 'a whole number of milliseconds, e.g. 20000', 600_000),
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

/** An IPv4/IPv6 address, or a DNS host name (RFC 1123 labels) whose last label is not all digits. */
function isHost(value: string): boolean {
  if (isIP(value) !== 0) return true;
  if (value.length > 253) return false;
  const labels = value.split('.');
  if (/^\d+$/.test(labels.at(-1) ?? '')) return false;
  return labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
}
