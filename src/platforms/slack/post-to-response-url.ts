// postToResponseUrl: sends an answer to a slash command's or button's response_url. Bolt's respond()
// posts once; here what Slack refused without taking it (429 with Retry-After, 5xx, a connection that
// was never made) is tried again within a time budget, and never what Slack may already have posted.
import type { Logger } from 'pino';

export interface ResponseUrlRetry {
  /** The longest an answer may wait for retries, from its first post (ms). */
  budgetMs: number;
  /** Posts at most (a response_url takes five uses in 30 minutes). */
  attempts: number;
  /** The first wait when Slack gives no Retry-After; each later one doubles. */
  baseDelayMs: number;
  /** One post's limit: after it the answer may have landed, so it is not posted again. */
  timeoutMs: number;
}

export const RESPONSE_URL_RETRY: ResponseUrlRetry = {
  budgetMs: 10_000,
  attempts: 4,
  baseDelayMs: 500,
  timeoutMs: 10_000,
};

/** Connection errors raised before any byte of the request left: nothing can have been posted. */
const NOT_SENT = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

type Outcome =
  | { kind: 'posted' }
  | { kind: 'refused'; status: number | string; retryAfterMs?: number }
  | { kind: 'failed'; status: number | string };

/** Retry-After as seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (header === null || header.length > 64) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function postOnce(url: string, body: string, timeoutMs: number): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const code = (error as { cause?: { code?: unknown } }).cause?.code;
    if (typeof code === 'string' && NOT_SENT.has(code)) return { kind: 'refused', status: code };
    // A timeout or a dropped connection after the request went out: Slack may have posted it.
    return { kind: 'failed', status: typeof code === 'string' ? code : (error as Error).name };
  }
  await response.body?.cancel();
  if (response.ok) return { kind: 'posted' };
  // 429 and 5xx: Slack did not take the message. Other 4xx (expired URL, bad blocks) will not change.
  if (response.status !== 429 && response.status < 500) return { kind: 'failed', status: response.status };
  const wait = retryAfterMs(response.headers.get('retry-after'), Date.now());
  return { kind: 'refused', status: response.status, ...(wait === undefined ? {} : { retryAfterMs: wait }) };
}

/**
 * Posts `message` to `url`, retrying refusals with backoff (Slack's Retry-After when it gives one) while
 * the budget lasts. `what` names the command or button in the log line when the answer is given up.
 * Resolves true when Slack took the answer; never throws.
 */
export async function postToResponseUrl(
  url: string,
  message: object,
  what: string,
  log: Logger,
  retry: ResponseUrlRetry = RESPONSE_URL_RETRY,
): Promise<boolean> {
  const body = JSON.stringify(message);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const outcome = await postOnce(url, body, retry.timeoutMs);
    if (outcome.kind === 'posted') return true;
    const wait =
      outcome.kind === 'refused' ? (outcome.retryAfterMs ?? retry.baseDelayMs * 2 ** (attempt - 1)) : 0;
    const inBudget = Date.now() - started + wait <= retry.budgetMs;
    if (outcome.kind === 'failed' || attempt >= retry.attempts || !inBudget) {
      log.warn(
        { command: what, status: outcome.status, attempts: attempt, waitMs: wait },
        `slack answer to ${what} given up: response_url answered ${outcome.status}`,
      );
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
