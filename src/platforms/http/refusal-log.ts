// createRefusalLog: warnings about refused requests (bad signatures, replays, oversized bodies) without
// a line per request: the first refusal is logged at once, the rest are counted and summed up in at
// most one line per interval, so a flood of forged requests cannot flood the log.
import type { Logger } from 'pino';

export interface RefusalLog {
  /** Notes one refused request and why ("bad signature", "replayed", …). */
  refused(reason: string): void;
}

export interface RefusalLogOptions {
  logger: Logger;
  /** What was refused, for the log message: "slack request", "discord interaction". */
  what: string;
  intervalMs?: number;
}

export function createRefusalLog(options: RefusalLogOptions): RefusalLog {
  const { logger, what } = options;
  const intervalMs = options.intervalMs ?? 60_000;
  let counts = new Map<string, number>();
  let timer: NodeJS.Timeout | null = null;

  function summarise(): boolean {
    if (counts.size === 0) return false;
    const reasons = Object.fromEntries(counts);
    const refused = [...counts.values()].reduce((a, b) => a + b, 0);
    counts = new Map();
    logger.warn(
      { refused, reasons, windowSeconds: intervalMs / 1000 },
      `${what}s refused since the last warning`,
    );
    return true;
  }

  function tick(): void {
    // Keep the window open while refusals keep coming; close it after a quiet interval.
    timer = summarise() ? setTimeout(tick, intervalMs).unref() : null;
  }

  return {
    refused(reason) {
      if (timer) {
        counts.set(reason, (counts.get(reason) ?? 0) + 1);
        return;
      }
      logger.warn(
        { reason },
        `${what} refused (further refusals are summed up every ${intervalMs / 1000} s)`,
      );
      timer = setTimeout(tick, intervalMs).unref();
    },
  };
}
