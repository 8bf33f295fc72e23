// createSlackPlatform: the Bolt app. Slash commands are answered in the ack; DMs and mentions are free
// text (contact details asked for by a mention go to the asker only, ephemeral); paging buttons re-answer
// from the question they carry; retried deliveries are answered once.
// Socket Mode with an app token, else HTTP mode mounted on the shared server at POST /slack/events.
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { COMMANDS } from '../../../commands/index.js';
import type { Platform, PlatformDeps, PlatformFactory } from '../../app/platform.js';
import type { Invocation } from '../../engine/invocation.js';
import { renderSlack } from '../../render/slack.js';
import { isForAskerOnly } from '../for-asker-only.js';
import { createSeenIds } from '../seen-ids.js';
import { boltLogger } from './bolt-logger.js';
import { homeView } from './home-view.js';
import { decodePageValue, encodePageValue } from './page-value.js';
import { createSlackEventsRoute, SLACK_EVENTS_PATH } from './slack-events-route.js';
import { commandLine, resolveMentions, unnamedMentions } from './slack-text.js';

export const EPHEMERAL_REFUSED =
  "I couldn't show you that privately here. Ask me in a DM, or use the slash command (only you will see the answer).";

export interface SlackPlatformOptions {
  /** Socket Mode ping timeout: how fast a dead socket is noticed (default 5000 ms). */
  clientPingTimeoutMs?: number;
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

  const render = async (invocation: Invocation, requestId: string, page = 0) => {
    const reply = await deps.dispatch(invocation, { requestId });
    return renderSlack(reply, { page, commandPrefix, pageValue: (p) => encodePageValue(invocation, p) })
      .payload;
  };

  async function namesFor(text: string): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (const id of unnamedMentions(text).slice(0, 5)) {
      try {
        const info = await app.client.users.info({ user: id });
        const name = info.user?.profile?.display_name || info.user?.real_name || info.user?.name;
        if (name) names.set(id, name);
      } catch (error) {
        log.warn({ err: error, user: id }, 'slack users.info failed; mention left out');
      }
    }
    return names;
  }

  // Slack retries an event it thinks was not acknowledged in time: acknowledge it, answer it once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !(await seen.firstTime(eventId))) {
      log.info({ eventId }, 'slack delivery repeated; already answered');
      return;
    }
    await next();
  });

  const commandNames = new Set<string>(COMMANDS.map((c) => c.name));
  for (const name of commandNames) {
    app.command(`/${commandPrefix}${name}`, async ({ command, ack }) => {
      const text = resolveMentions(command.text, await namesFor(command.text), botUserId);
      const base = {
        platform: 'slack' as const,
        user: { id: command.user_id, name: command.user_name },
        community: command.team_id,
      };
      const invocation = deps.engine.parse(commandLine(name, text), base);
      await ack(await render(invocation, command.trigger_id));
    });
  }

  async function freeText(text: string, user: string, team: string | undefined, requestId: string) {
    const clean = resolveMentions(text, await namesFor(text), botUserId);
    const invocation = deps.engine.parse(clean || 'help', {
      platform: 'slack',
      user: { id: user },
      ...(team ? { community: team } : {}),
    });
    const reply = await deps.dispatch(invocation, { requestId });
    const rendered = renderSlack(reply, {
      commandPrefix,
      pageValue: (p) => encodePageValue(invocation, p),
    }).payload;
    const { response_type: _channelMessagesAreVisible, ...message } = rendered;
    return { message, personal: isForAskerOnly(reply) };
  }

  app.message(async ({ message, say, body }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined || 'bot_id' in message) return;
    const team = (body as { team_id?: string }).team_id;
    await say((await freeText(message.text ?? '', message.user, team, message.ts)).message);
  });

  app.event('app_mention', async ({ event, say, body, client }) => {
    if ('bot_id' in event && event.bot_id) return;
    const team = (body as { team_id?: string }).team_id;
    const { message, personal } = await freeText(event.text, event.user ?? 'unknown', team, event.ts);
    const thread_ts = event.thread_ts ?? event.ts;
    if (!personal) {
      await say({ ...message, thread_ts });
      return;
    }
    // Only the asker sees it, in the channel (and thread) where they asked; never a public message.
    try {
      if (!event.user) throw new Error('app_mention without a user');
      await client.chat.postEphemeral({ ...message, channel: event.channel, user: event.user, thread_ts });
    } catch (error) {
      log.info({ err: error, channel: event.channel }, 'slack ephemeral refused; contact details not sent');
      await say({ text: EPHEMERAL_REFUSED, thread_ts });
    }
  });

  app.action(/^pa_link_/, async ({ ack }) => {
    await ack();
  });

  // A follow-up or "which one?" button: asked as if typed, answered as a new message beside the old one.
  app.action(/^pa_run_\d+$/, async ({ ack, action, body, respond }) => {
    await ack();
    const line = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const team = body.team?.id;
    const invocation = deps.engine.parse(line || 'help', {
      platform: 'slack',
      user: { id: body.user.id },
      ...(team ? { community: team } : {}),
    });
    await respond({ ...(await render(invocation, body.user.id)), replace_original: false });
  });

  app.action(/^pa_page_(prev|next)$/, async ({ ack, action, body, respond }) => {
    await ack();
    const target = decodePageValue('value' in action && typeof action.value === 'string' ? action.value : '');
    if (!target) {
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: 'That answer has expired: ask again to page through it.',
      });
      return;
    }
    const invocation: Invocation = { platform: 'slack', ...target.question, user: { id: body.user.id } };
    const { response_type: _keep, ...message } = await render(invocation, body.user.id, target.page);
    await respond({ ...message, replace_original: true });
  });

  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    const people = await deps.dispatch(
      { platform: 'slack', command: 'people', args: {}, user: { id: event.user } },
      { requestId: `home-${event.user}` },
    );
    await client.views.publish({ user_id: event.user, view: homeView(people, commandPrefix) });
  });

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
