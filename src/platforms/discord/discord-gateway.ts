// createDiscordGateway: the discord.js gateway bot. Slash commands, autocomplete and buttons are answered
// from the raw INTERACTION_CREATE packet with the same callback bodies as HTTP mode; DMs and mentions
// are free text, answered by sendMessageAnswer (contact details asked for in a channel go to the asker's DMs).
import { Client, type ClientOptions, Events, GatewayIntentBits, type Message, Partials } from 'discord.js';
import { renderDiscord } from '../../render/discord.js';
import { isForAskerOnly } from '../for-asker-only.js';
import { pageQuestion } from '../page-question.js';
import type { Platform, PlatformDeps, PlatformFactory } from '../platform.js';
import { createSeenIds } from '../seen-ids.js';
import { answerInTime } from './answer-in-time.js';
import { clientReplies } from './client-replies.js';
import { lookUpDiscordUsers, messageMentions } from './discord-users.js';
import { gatewayShardOptions } from './gateway-shards.js';
import { notice, respondToInteraction } from './interaction-response.js';
import { InteractionSchema } from './interaction-schema.js';
import { withDiscordAccounts } from './mentioned-accounts.js';
import { sendMessageAnswer } from './message-answer.js';
import { createPageTokens } from './page-token.js';
import { whileTyping } from './while-typing.js';

export interface DiscordGatewayOptions {
  /** Extra discord.js options (tests: identify throttler, REST rate). */
  clientOptions?: Partial<ClientOptions>;
  /** How long to wait for the gateway's ready event at start. */
  readyTimeoutMs?: number;
  /** Defer an interaction whose answer is not ready this long after it was created (default 2000). */
  deferAfterMs?: number;
  /** Show "typing…" for a DM or mention whose answer is not ready this long after it came (default 1000). */
  typingAfterMs?: number;
  /** How long an answer waits to learn who a mention in a text option is (default 1000). */
  userLookupMs?: number;
}

/**
 * The question in a DM, or in a guild message that mentions the bot: by name, or by the role Discord
 * gives the bot in each guild (clients offer both when typing "@bot"; the role is an easy pick).
 */
function mentionText(message: Message, botId: string): string | null {
  if (message.channel.isDMBased()) return message.content.trim();
  const ownRoles = [...message.mentions.roles.values()].filter((role) => role.tags?.botId === botId);
  if (!message.mentions.users.has(botId) && ownRoles.length === 0) return null;
  let text = message.content.replace(new RegExp(`<@!?${botId}>`, 'g'), '');
  for (const role of ownRoles) text = text.replaceAll(`<@&${role.id}>`, '');
  return text.trim();
}

export function createDiscordGatewayPlatform(
  deps: PlatformDeps,
  options: DiscordGatewayOptions = {},
): Platform {
  const token = deps.config.discord.token;
  if (!token) throw new Error('DISCORD_TOKEN is required for the Discord gateway bot');
  const log = deps.logger;
  const tokens = createPageTokens(deps.state ? { store: deps.state } : {});
  const seen = createSeenIds({
    scope: 'discord',
    ttlMs: 15 * 60 * 1000,
    ...(deps.state ? { store: deps.state } : { max: 50_000 }),
  });
  const timing = options.deferAfterMs === undefined ? {} : { deferAfterMs: options.deferAfterMs };
  // Every shard of this process lives in this one client: one index answers on all of them.
  const sharding = gatewayShardOptions(deps.config.discord.shards, deps.state);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message: without the partial, DMs are dropped.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    ...sharding,
    ...options.clientOptions,
    ws: { ...sharding.ws, ...options.clientOptions?.ws },
    rest: { api: deps.config.discord.apiUrl, ...options.clientOptions?.rest },
  });

  const lookUp = lookUpDiscordUsers(client, log, options.userLookupMs);

  client.on(Events.Raw, async (packet: { t?: string; d?: unknown }) => {
    if (packet.t !== 'INTERACTION_CREATE') return;
    const parsed = InteractionSchema.safeParse(packet.d);
    if (!parsed.success || !parsed.data.token) return;
    const interaction = { ...parsed.data, token: parsed.data.token };
    // A delivery seen before (two processes on one shard during a rolling restart) is answered once.
    if (!(await seen.firstTime(interaction.id))) return;
    const answer = respondToInteraction(interaction, deps.dispatch, tokens, lookUp).catch(
      (error: unknown) => {
        log.error({ err: error, interactionId: interaction.id }, 'discord interaction failed');
        return notice('Sorry, something went wrong answering that. It has been logged.');
      },
    );
    const replies = clientReplies(client.rest, interaction, client.application?.id);
    answerInTime(interaction, answer, replies, timing).catch((error: unknown) =>
      log.error({ err: error, interactionId: interaction.id }, 'discord callback failed'),
    );
  });

  client.on(Events.MessageCreate, async (message) => {
    if (message.author.bot || !client.user) return;
    const text = mentionText(message, client.user.id);
    if (text === null || !(await seen.firstTime(`message:${message.id}`))) return;
    // Members mentioned in the question are people asked about: Discord sends who they are with the message.
    const { text: asked, accounts } = withDiscordAccounts(text, messageMentions(message), client.user.id);
    const base = {
      platform: 'discord' as const,
      user: { id: message.author.id, name: message.author.globalName ?? message.author.username },
      ...(message.guildId ? { community: message.guildId } : {}),
      ...(accounts.length > 0 ? { accounts } : {}),
    };
    const { reply, payload } = await whileTyping(message.channel, options.typingAfterMs ?? 1000, async () => {
      const { invocation, reply } = await deps.dispatch.ask(asked || 'help', base, { requestId: message.id });
      const { flags: _noEphemeralInChannels, ...payload } = renderDiscord(reply, {
        pageButtonId: (page) => tokens.encode(pageQuestion(invocation, reply), page),
      }).payload;
      await tokens.saved();
      return { reply, payload };
    });
    const body = { embeds: payload.embeds, components: payload.components };
    sendMessageAnswer(message, body, isForAskerOnly(reply), log).catch((error: unknown) =>
      log.error({ err: error, messageId: message.id }, 'discord reply failed'),
    );
  });

  client.on(Events.ShardResume, () => deps.onReconnect('discord'));
  const reconnecting = (shard: number) => log.warn({ shard }, 'discord gateway reconnecting');
  client.on(Events.ShardReconnecting, reconnecting);
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));

  return {
    name: 'discord-gateway',
    routes: [],
    async start() {
      const ready = new Promise<void>((resolve, reject) => {
        const limit = options.readyTimeoutMs ?? 30_000;
        const fail = () => reject(new Error('Discord gateway did not become ready in time'));
        let timer = setTimeout(fail, limit);
        // Shards identify in turn (5 s apart per bucket), so the limit is on a stall, not on the whole start.
        const progress = () => {
          clearTimeout(timer);
          timer = setTimeout(fail, limit);
        };
        client.on(Events.ShardReady, progress);
        client.once(Events.ClientReady, () => {
          clearTimeout(timer);
          client.off(Events.ShardReady, progress);
          resolve();
        });
      });
      // Together: login resolves only once every shard is identified, and a stall may end the wait first.
      await Promise.all([client.login(token), ready]);
      const shards = { ids: [...client.ws.shards.keys()], count: client.options.shardCount };
      log.info({ user: client.user?.tag, shards }, 'discord gateway ready');
    },
    async stop() {
      // destroy() before ready can hang (measured against the fake gateway): only a ready client is destroyed.
      // Closing every shard reports each as "reconnecting": not worth a warning when we closed them.
      client.off(Events.ShardReconnecting, reconnecting);
      if (client.isReady()) await client.destroy();
    },
    isReady: () => client.isReady(),
  };
}

export const createDiscordGateway: PlatformFactory = async (deps) => createDiscordGatewayPlatform(deps);
