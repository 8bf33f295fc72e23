// createSlackPlatform: the Bolt app. Each surface registers its own listeners (slack-commands,
// slack-conversation, slack-actions, slack-app-home); this file owns the receiver, the dedupe of
// retried deliveries, mention lookups and the lifecycle.
// Socket Mode with an app token, else HTTP mode mounted on the shared server at POST /slack/events.
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { Platform, PlatformDeps, PlatformFactory } from '../platform.js';
import { createSeenIds } from '../seen-ids.js';
import { boltLogger } from './bolt-logger.js';
import { createMentionNames } from './mention-names.js';
import { postToResponseUrl, RESPONSE_URL_RETRY, type ResponseUrlRetry } from './post-to-response-url.js';
import { slackAccounts } from './slack-accounts.js';
import { registerSlackActions } from './slack-actions.js';
import { registerSlackAppHome } from './slack-app-home.js';
import { registerSlackCommands } from './slack-commands.js';
import { registerSlackConversation } from './slack-conversation.js';
import { createSlackEventsRoute, SLACK_EVENTS_PATH } from './slack-events-route.js';
import type { SlackSurface } from './slack-surface.js';
import { resolveMentions } from './slack-text.js';

const SURFACES = [
  registerSlackCommands,
  registerSlackConversation,
  registerSlackActions,
  registerSlackAppHome,
];

export interface SlackPlatformOptions {
  /** Socket Mode ping timeout: how fast a dead socket is noticed (default 5000 ms). */
  clientPingTimeoutMs?: number;
  /** A slash command whose answer takes longer is acked empty and answered through response_url. */
  ackAfterMs?: number;
  /** How answers sent to a response_url are retried (tests: shorter waits). */
  responseUrlRetry?: ResponseUrlRetry;
}

export function createSlackPlatformWith(deps: PlatformDeps, options: SlackPlatformOptions = {}): Platform {
  const { botToken, appToken, signingSecret, apiUrl, commandPrefix } = deps.config.slack;
  if (!botToken || (!appToken && !signingSecret)) {
    throw new Error(
      'Slack needs SLACK_BOT_TOKEN plus SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)',
    );
  }
  const log = deps.logger;
  const clientOptions = { slackApiUrl: apiUrl };
  const logger = boltLogger(log);
  const socket = appToken
    ? new SocketModeReceiver({
        appToken,
        logger,
        installerOptions: { clientOptions },
        clientPingTimeout: options.clientPingTimeoutMs ?? 5000,
      })
    : null;
  const http = socket
    ? null
    : new HTTPReceiver({ signingSecret: signingSecret!, endpoints: SLACK_EVENTS_PATH, logger });
  // deferInitialization: the token is checked (auth.test) in start(), where a bad token fails loudly.
  const app = new App({
    token: botToken,
    receiver: (socket ?? http)!,
    clientOptions,
    deferInitialization: true,
    logger,
  });
  const seen = createSeenIds({
    scope: 'slack-event',
    ttlMs: 60 * 60 * 1000,
    ...(deps.state ? { store: deps.state } : { max: 10_000 }),
  });
  let ready = false;
  let connectedOnce = false;
  let botUserId: string | undefined;

  const namesFor = createMentionNames({ botToken, apiUrl, log });

  // Slack retries an event it thinks was not acknowledged in time: acknowledge it, answer it once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await seen.firstTime(eventId))) {
      log.info({ eventId }, 'slack delivery repeated; already answered');
      return;
    }
    await next();
  });

  const surface: SlackSurface = {
    dispatch: deps.dispatch,
    commandPrefix,
    log,
    // Slack's payloads are checked by signature, not shape: a text that is not a string reads as none.
    readMentions: async (raw) => {
      const text = typeof raw === 'string' ? raw : '';
      const { words, accounts } = slackAccounts(text, await namesFor(text), botUserId);
      return { text: resolveMentions(text, words, botUserId), accounts };
    },
    ...(options.ackAfterMs === undefined ? {} : { ackAfterMs: options.ackAfterMs }),
    respondAt: (url, message, what) =>
      postToResponseUrl(url, message, what, log, options.responseUrlRetry ?? RESPONSE_URL_RETRY),
  };
  for (const register of SURFACES) register(app, surface);

  app.error(async (error) => {
    log.error({ err: error }, 'slack listener failed');
  });

  socket?.client.on('connected', () => {
    if (connectedOnce) deps.onReconnect('slack');
    connectedOnce = true;
    ready = true;
  });
  socket?.client.on('disconnected', () => {
    ready = false;
  });

  return {
    name: socket ? 'slack-socket' : 'slack-http',
    // The route caps, verifies and de-replays each request before handing it to Bolt's receiver.
    routes: http
      ? [
          createSlackEventsRoute({
            signingSecret: signingSecret!,
            logger: log,
            listener: http.requestListener,
            ...(deps.state ? { store: deps.state } : {}),
          }),
        ]
      : [],
    async start() {
      await app.init();
      const auth = await app.client.auth.test();
      botUserId = auth.user_id;
      if (socket) await app.start();
      else ready = true;
      log.info({ team: auth.team, mode: socket ? 'socket' : 'http' }, 'slack ready');
    },
    async stop() {
      ready = false;
      if (!socket) return;
      const closed = new Promise<void>((resolve) => {
        socket.client.once('disconnected', () => resolve());
        setTimeout(resolve, 3000).unref();
      });
      await app.stop();
      await closed;
    },
    isReady: () => ready,
  };
}

export const createSlackPlatform: PlatformFactory = async (deps) => createSlackPlatformWith(deps);
