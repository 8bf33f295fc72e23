// The real discord.js client against a fake Discord: ready, slash commands, autocomplete, DMs, mentions,
// paging buttons, and a dropped gateway that resumes and still answers what was sent during the drop.
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../../src/app/dispatch.js';
import type { Platform } from '../../../src/app/platform.js';
import { loadConfig } from '../../../src/config/config.js';
import { createDiscordGatewayPlatform } from '../../../src/platforms/discord/discord-gateway.js';
import { loadTestEngine, SEEDS } from '../../unit/engine/load-test-engine.js';
import { APP_ID, BOT_ID, FakeDiscord, messageObject } from '../fakes/fake-discord.js';
import { commandInteraction } from './http-harness.js';

const fake = new FakeDiscord();
let bot: Platform;
let reconnects = 0;

beforeAll(async () => {
  await fake.start();
  const result = loadConfig({
    DISCORD_TOKEN: 'fake-token-for-tests',
    DISCORD_API_URL: fake.apiUrl,
    PROFILES_DIR: SEEDS,
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const logger = pino({ level: 'silent' });
  const { engine } = await loadTestEngine(SEEDS);
  bot = createDiscordGatewayPlatform(
    {
      engine,
      dispatch: createDispatch({ engine, logger }),
      logger,
      config: result.config,
      onReconnect: () => {
        reconnects += 1;
      },
    },
    {
      clientOptions: {
        rest: { globalRequestsPerSecond: 10_000 },
        ws: { buildIdentifyThrottler: async () => ({ waitForIdentify: async () => {} }) },
      },
    },
  );
  await bot.start();
});

afterAll(async () => {
  await bot.stop();
  await fake.stop();
});

type Callback = {
  type: number;
  data: {
    embeds?: { title: string; fields: { value: string }[] }[];
    choices?: { name: string }[];
    flags?: number;
  };
};
const callbackFor = async (id: string) =>
  (await fake.waitFor((r) => r.path.startsWith(`/interactions/${id}/`))).body as Callback;

describe('Discord gateway bot', () => {
  it('logs in and becomes ready', () => {
    expect(bot.isReady()).toBe(true);
    expect(fake.identifies).toBe(1);
  });

  it('answers a slash command with a callback carrying the embed, unauthenticated', async () => {
    const interaction = commandInteraction('whoknows', [{ name: 'skill', value: 'terraform' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const request = await fake.waitFor(
      (r) => r.path === `/interactions/${interaction.id}/interaction-token/callback`,
    );
    expect(request.auth).toBeUndefined();
    const body = request.body as Callback;
    expect(body.type).toBe(4);
    expect(body.data.embeds?.[0]?.fields.map((f) => f.value).join(' ')).toContain('Terraform');
  });

  it('answers autocomplete with at most 25 choices', async () => {
    const interaction = commandInteraction('skills', [{ name: 'person', value: 'rajd', focused: true }], 4);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const body = await callbackFor(interaction.id);
    expect(body.type).toBe(8);
    expect(body.data.choices?.[0]?.name).toContain('Rajdeep Sengupta');
    expect(body.data.choices?.length).toBeLessThanOrEqual(25);
  });

  it('answers a DM in the DM channel', async () => {
    fake.dispatch('MESSAGE_CREATE', {
      ...messageObject('700000000000000001', 'what are rajat’s skills?', {
        id: '800000000000000001',
        username: 'asker',
        bot: false,
      }),
      channel_type: 1,
    });
    const request = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === '/channels/700000000000000001/messages',
    );
    const body = request.body as { embeds: { title: string }[]; allowed_mentions: { parse: unknown[] } };
    expect(body.embeds[0]?.title).toContain('Rajat Jog');
    expect(body.allowed_mentions.parse).toEqual([]);
  });

  it('answers a mention in a guild channel as a reply, without pinging', async () => {
    fake.dispatch('MESSAGE_CREATE', {
      ...messageObject('700000000000000002', `<@${BOT_ID}> how do I reach rajdeep`, {
        id: '800000000000000002',
        username: 'asker',
        bot: false,
      }),
      guild_id: '223456789012345678',
      mentions: [{ id: BOT_ID, username: 'profile-assistant', discriminator: '0', avatar: null, bot: true }],
    });
    const request = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === '/channels/700000000000000002/messages',
    );
    const body = request.body as {
      embeds: { title: string }[];
      message_reference?: unknown;
      allowed_mentions: { parse: unknown[]; replied_user?: boolean };
    };
    expect(body.embeds[0]?.title).toContain('Rajdeep Sengupta');
    expect(body.message_reference).toBeDefined();
    expect(body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
  });

  it('ignores guild messages that do not mention it', async () => {
    const before = fake.requests.length;
    fake.dispatch('MESSAGE_CREATE', {
      ...messageObject('700000000000000003', 'rajat skills', {
        id: '800000000000000003',
        username: 'asker',
        bot: false,
      }),
      guild_id: '223456789012345678',
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.requests.slice(before).filter((r) => r.path.includes('700000000000000003'))).toEqual([]);
  });

  it('turns the page when a paging button is clicked', async () => {
    const click = {
      ...commandInteraction('people'),
      type: 3,
      data: { custom_id: 'pa:p:0:skills:person=rajdeep', component_type: 2 },
      message: messageObject('323456789012345678', ''),
    };
    fake.dispatch('INTERACTION_CREATE', click);
    const body = await callbackFor(click.id);
    expect(body.type).toBe(7);
    expect(body.data.embeds?.[0]?.title).toContain('Rajdeep Sengupta');
  });

  it('resumes after the gateway drops with 4000 and answers an interaction sent during the drop', async () => {
    fake.dropGateway(4000);
    const interaction = commandInteraction('skills', [{ name: 'person', value: 'rajat' }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const body = await callbackFor(interaction.id);
    expect(body.type).toBe(4);
    expect(fake.resumes).toBe(1);
    expect(fake.identifies).toBe(1);
    expect(reconnects).toBeGreaterThanOrEqual(1);
    expect(APP_ID).toBeDefined();
  });
});
