// createSlackEventsRoute: POST /slack/events on the shared server. Before Bolt's HTTPReceiver sees a
// request, its body is read here under a 64 KiB cap (Bolt would buffer 4 MB), its signature and
// timestamp are checked, and a signed request already seen is refused, so it cannot be replayed
// inside Slack's 5-minute window. Refusals are logged in aggregate, never a line each.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { StateStore } from '../../state/state-store.js';
import { readCappedBody } from '../http/read-capped-body.js';
import { createRefusalLog } from '../http/refusal-log.js';
import { sendJson } from '../http/send-json.js';
import type { HttpRoute } from '../platform.js';
import { createSeenIds } from '../seen-ids.js';

export const SLACK_EVENTS_PATH = '/slack/events';
/** Slack's own payloads are a few KiB; slash command text is at most 4,000 characters. */
export const SLACK_MAX_BODY_BYTES = 64 * 1024;
const MAX_AGE_S = 300;
const MAX_SKEW_AHEAD_S = 60;

export interface SlackEventsRouteOptions {
  signingSecret: string;
  logger: Logger;
  /** Bolt's HTTPReceiver.requestListener: it finds the body already read (req.rawBody). */
  listener: (req: IncomingMessage, res: ServerResponse) => void;
  now?: () => number;
  refusalLogIntervalMs?: number;
  /** Shared store (Redis): a signed request replayed to another replica is refused too. */
  store?: StateStore;
}

type Verdict = { ok: true; signature: string } | { ok: false; reason: string };

export function createSlackEventsRoute(options: SlackEventsRouteOptions): HttpRoute {
  const now = options.now ?? Date.now;
  const refusals = createRefusalLog({
    logger: options.logger,
    what: 'slack request',
    ...(options.refusalLogIntervalMs ? { intervalMs: options.refusalLogIntervalMs } : {}),
  });
  // A signature stays acceptable until its timestamp is stale: remember it that long. Only verified
  // signatures are stored, so forged requests cannot fill the store.
  const seen = createSeenIds({
    scope: 'slack-signature',
    ttlMs: (MAX_AGE_S + MAX_SKEW_AHEAD_S) * 1000,
    ...(options.store ? { store: options.store } : { max: 50_000, now }),
  });

  function verify(req: IncomingMessage, body: Buffer): Verdict {
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    if (!signature || !timestamp) return { ok: false, reason: 'missing signature headers' };
    if (!/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: 'malformed signature' };
    if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
    const age = now() / 1000 - Number(timestamp);
    if (age > MAX_AGE_S) return { ok: false, reason: 'timestamp too old' };
    if (age < -MAX_SKEW_AHEAD_S) return { ok: false, reason: 'timestamp in the future' };
    const expected = createHmac('sha256', options.signingSecret)
      .update(`v0:${timestamp}:`)
      .update(body)
      .digest();
    const given = Buffer.from(signature.slice(3), 'hex');
    return timingSafeEqual(expected, given)
      ? { ok: true, signature }
      : { ok: false, reason: 'bad signature' };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readCappedBody(req, res, SLACK_MAX_BODY_BYTES, refusals);
    if (!body) return;
    // Slack's ssl_check is unsigned; Bolt answers it after stripping anything else from the body.
    if (!isSslCheck(req, body)) {
      const verdict = verify(req, body);
      if (!verdict.ok) {
        refusals.refused(verdict.reason);
        return sendJson(res, 401, { error: `invalid request signature: ${verdict.reason}` });
      }
      if (!(await seen.firstTime(verdict.signature))) {
        // Identical bytes were answered already. A Slack retry (re-signed, so normally not a repeat)
        // gets a plain ack so Slack stops retrying; anything else is a replay.
        if (header(req, 'x-slack-retry-num') !== undefined) return sendJson(res, 200, {});
        refusals.refused('replayed');
        return sendJson(res, 409, { error: 'request already handled' });
      }
    }
    options.listener(Object.assign(req, { rawBody: body }), res);
  }

  return { method: 'POST', path: SLACK_EVENTS_PATH, handle };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function isSslCheck(req: IncomingMessage, body: Buffer): boolean {
  return (
    req.headers['content-type'] === 'application/x-www-form-urlencoded' &&
    new URLSearchParams(body.toString('utf8')).get('ssl_check') === '1'
  );
}
