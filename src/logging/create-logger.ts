// The pino logger factory: JSON lines by default, pino-pretty for humans, secrets redacted both by
// field path and by value (a configured token inside an error message is still scrubbed).
import { createRequire } from 'node:module';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from '../config/config.js';
import { createSecretScrubber } from './secret-scrubber.js';

export type { Logger };

/** Fields that hold secrets wherever they appear (one level of nesting; deeper ones are caught by value). */
const SECRET_KEYS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'secret',
  'password',
  'authorization',
  'cookie',
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
];
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["x-slack-signature"]',
  '*.headers["x-signature-ed25519"]',
];
export const REDACTED = '[redacted]';

export interface LoggerOptions {
  /** More secret values to scrub (beyond the tokens and secrets in config). */
  secrets?: readonly string[];
}

/** The secret values a config carries (tokens, signing secrets). */
export function configSecrets(config: Pick<Config, 'discord' | 'slack'>): string[] {
  return [
    config.discord.token,
    config.slack.botToken,
    config.slack.appToken,
    config.slack.signingSecret,
  ].filter((value): value is string => typeof value === 'string' && value.length > 0);
}

export function createLogger(
  config: Pick<Config, 'log' | 'discord' | 'slack'>,
  destination?: DestinationStream | NodeJS.WritableStream,
  options: LoggerOptions = {},
): Logger {
  const scrub = createSecretScrubber([...configSecrets(config), ...(options.secrets ?? [])], REDACTED);
  const target = (destination ?? process.stdout) as DestinationStream;
  const stream = config.log.format === 'pretty' ? prettyStream(target) : target;
  return pino(
    {
      level: config.log.level,
      base: { app: 'profile-assistant' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      // The last line of defence: every serialised line passes through here before it is written.
      hooks: { streamWrite: scrub },
    },
    stream,
  );
}

/** pino-pretty loads only when asked for (it is not needed in production and costs startup time). */
function prettyStream(destination: DestinationStream): DestinationStream {
  const require = createRequire(import.meta.url);
  const pretty = require('pino-pretty') as (options: object) => DestinationStream;
  return pretty({ destination, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,app' });
}
