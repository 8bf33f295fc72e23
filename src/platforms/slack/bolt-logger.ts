// Bolt's Logger interface over our pino logger, so Bolt and Socket Mode logs are JSON lines with
// the rest (and go through the same secret redaction) instead of console output.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';

export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ');
  return {
    debug: (...parts) => log.debug({ source: 'bolt' }, text(parts)),
    info: (...parts) => log.info({ source: 'bolt' }, text(parts)),
    // Bolt reports a dropped socket as an error before it reconnects by itself: a warning for us.
    warn: (...parts) => log.warn({ source: 'bolt' }, text(parts)),
    error: (...parts) => log.warn({ source: 'bolt' }, text(parts)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
