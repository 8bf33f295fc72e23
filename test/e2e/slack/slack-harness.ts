// Test harness: the real Bolt app (createSlackPlatformWith) over the real engine, against FakeSlack;
// HTTP mode is mounted on the real shared HTTP server.
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { Registry } from 'prom-client';
import { createDispatch } from '../../../src/app/dispatch.js';
import { loadConfig } from '../../../src/config/config.js';
import { createHttpServer, type HttpServer } from '../../../src/platforms/http/create-http-server.js';
import type { Platform } from '../../../src/platforms/platform.js';
import type { ResponseUrlRetry } from '../../../src/platforms/slack/post-to-response-url.js';
import { createSlackPlatformWith } from '../../../src/platforms/slack/slack-platform.js';
import { loadTestEngine, SEEDS } from '../../unit/engine/load-test-engine.js';
import type { FakeSlack } from '../fakes/fake-slack.js';
import { slowDispatch } from '../fakes/slow-dispatch.js';

export const SIGNING_SECRET = `test-secret-${Math.random().toString(36).slice(2)}`;

export async function startSlack(
  fake: FakeSlack,
  mode: 'http' | 'socket',
  reconnects: { count: number } = { count: 0 },
  options: {
    logger?: Logger;
    prefix?: string;
    /** Every answer takes this long (a slow process); changeable while running. */
    delay?: { ms: number };
    ackAfterMs?: number;
    /** How fast a dead socket is noticed (default 500 ms: quick reconnect tests; raise it where a loaded machine must not trip it). */
    pingTimeoutMs?: number;
    responseUrlRetry?: ResponseUrlRetry;
    /** The profile folder (default: the seeds). */
    profiles?: string;
  } = {},
) {
  const env: Record<string, string> = {
    SLACK_BOT_TOKEN: 'xoxb-fake-test-token',
    SLACK_API_URL: fake.apiUrl,
    PROFILES_DIR: options.profiles ?? SEEDS,
    // Bare command names keep these tests readable; the default prefix has its own test.
    SLACK_COMMAND_PREFIX: options.prefix ?? 'none',
  };
  if (mode === 'http') env['SLACK_SIGNING_SECRET'] = SIGNING_SECRET;
  else env['SLACK_APP_TOKEN'] = 'xapp-fake-test-token';
  const result = loadConfig(env);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const logger = options.logger ?? pino({ level: 'silent' });
  const registry = new Registry();
  const { engine } = await loadTestEngine(options.profiles ?? SEEDS);
  const platform: Platform = createSlackPlatformWith(
    {
      dispatch: slowDispatch(createDispatch({ engine, logger }), options.delay ?? { ms: 0 }),
      logger,
      config: result.config,
      onReconnect: () => {
        reconnects.count += 1;
      },
    },
    {
      clientPingTimeoutMs: options.pingTimeoutMs ?? 500,
      ...(options.ackAfterMs === undefined ? {} : { ackAfterMs: options.ackAfterMs }),
      ...(options.responseUrlRetry ? { responseUrlRetry: options.responseUrlRetry } : {}),
    },
  );
  let server: HttpServer | null = null;
  let url = '';
  if (mode === 'http') {
    server = createHttpServer({
      host: '127.0.0.1',
      port: 0,
      logger,
      ownRoutes: [],
      platformRoutes: platform.routes,
      registry,
    });
    const address: AddressInfo = await server.start();
    url = `http://127.0.0.1:${address.port}/slack/events`;
  }
  await platform.start();
  return {
    platform,
    url,
    server,
    registry,
    async close() {
      await platform.stop();
      await server?.stop(500);
    },
  };
}

/** POSTs a body signed the way Slack signs it (v0 HMAC-SHA256 over "v0:ts:body"). */
export function signedPost(
  url: string,
  body: string,
  contentType: string,
  options: { timestamp?: number; secret?: string; headers?: Record<string, string> } = {},
) {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex')}`;
  return fetch(url, {
    method: 'POST',
    body,
    headers: {
      'content-type': contentType,
      'x-slack-signature': signature,
      'x-slack-request-timestamp': timestamp,
      ...options.headers,
    },
  });
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

export function slashCommand(command: string, text: string, responseUrl: string) {
  return {
    token: 'legacy',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: 'C0FAKE',
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A0FAKE',
    response_url: responseUrl,
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
  };
}

export function eventCallback(eventId: string, event: Record<string, unknown>) {
  return {
    token: 'legacy',
    team_id: 'T0FAKE',
    api_app_id: 'A0FAKE',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event,
  };
}

/** A button clicked on a message in #general (Slack's block_actions payload), answered through `responseUrl`. */
export function messageButtonClick(
  responseUrl: string,
  button: { action_id: string; value: string },
  extra: Record<string, unknown> = {},
) {
  return {
    type: 'block_actions',
    user: { id: 'U0ASKER', username: 'asker', team_id: 'T0FAKE' },
    team: { id: 'T0FAKE', domain: 'fake' },
    api_app_id: 'A0FAKE',
    token: 'legacy',
    trigger_id: `trigger-${Math.random().toString(36).slice(2)}`,
    response_url: responseUrl,
    container: { type: 'message', message_ts: '1700000000.000500', channel_id: 'C0CHAN' },
    channel: { id: 'C0CHAN', name: 'general' },
    ...extra,
    actions: [{ type: 'button', block_id: 'b1', action_ts: '1700000000.1', ...button }],
  };
}
