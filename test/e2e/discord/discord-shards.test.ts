// Several gateway shards inside one process against the fake Discord: each shard identifies with its own
// [id, count], one client (one profile index) answers on every shard, and a range of a larger total
// identifies only its own shards.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine.js';
import { loadTestEngine, SEEDS } from '../../unit/engine/load-test-engine.js';
import { BOT_ID, GUILD_CHANNEL_ID, GUILD_ID, messageObject } from '../fakes/discord-objects.js';
import { FakeDiscord } from '../fakes/fake-discord.js';
import { type GatewayBot, startGatewayBot } from './gateway-harness.js';
import { commandInteraction } from './http-harness.js';

let engine: Engine;
const running: GatewayBot[] = [];
let reconnects = 0;

beforeAll(async () => {
  ({ engine } = await loadTestEngine(SEEDS));
});

afterEach(async () => {
  for (const started of running.splice(0)) await started.stop();
});

/** A gateway bot with the given shard settings against a fresh fake Discord. */
async function startBot(shardEnv: Record<string, string>, prepare?: (fake: FakeDiscord) => void) {
  const started = await startGatewayBot({
    engine,
    env: shardEnv,
    ...(prepare ? { prepare } : {}),
    onReconnect: () => {
      reconnects += 1;
    },
  });
  running.push(started);
  return started;
}

const byId = (list: [number, number][]) => [...list].sort((a, b) => a[0] - b[0]);

type Callback = { type: number; data: { embeds?: { title: string; fields: { value: string }[] }[] } };

async function askOnShard(fake: FakeDiscord, shard: number): Promise<Callback> {
  const interaction = commandInteraction('whoknows', [{ name: 'skill', value: 'terraform' }]);
  fake.dispatch('INTERACTION_CREATE', interaction, shard);
  const request = await fake.waitFor((r) => r.path.startsWith(`/interactions/${interaction.id}/`));
  return request.body as Callback;
}

describe('Discord shards in one process', () => {
  it('identifies every shard of DISCORD_SHARDS=4 with its own [id, count], once each', async () => {
    const { bot, fake } = await startBot({ DISCORD_SHARDS: '4' });
    expect(bot.isReady()).toBe(true);
    expect(byId(fake.identified)).toEqual([
      [0, 4],
      [1, 4],
      [2, 4],
      [3, 4],
    ]);
  });

  it('answers a slash command arriving on any of its shards, from the one index', async () => {
    const { fake } = await startBot({ DISCORD_SHARDS: '4' });
    for (const shard of [3, 0, 2, 1]) {
      const body = await askOnShard(fake, shard);
      expect(body.type).toBe(4);
      expect(body.data.embeds?.[0]?.fields.map((f) => f.value).join(' ')).toContain('Terraform');
    }
  });

  it('answers a mention on the shard Discord routes the guild to, and a DM on shard 0', async () => {
    const { fake } = await startBot({ DISCORD_SHARDS: '4' });
    const guildShard = FakeDiscord.shardOf(GUILD_ID, 4);
    expect(guildShard).not.toBe(0);
    fake.dispatch(
      'MESSAGE_CREATE',
      {
        ...messageObject(GUILD_CHANNEL_ID, `<@${BOT_ID}> what are rajat’s skills?`, {
          id: '800000000000000012',
          username: 'asker',
          bot: false,
        }),
        guild_id: GUILD_ID,
        mentions: [
          { id: BOT_ID, username: 'profile-assistant', discriminator: '0', avatar: null, bot: true },
        ],
      },
      guildShard,
    );
    const reply = await fake.waitFor(
      (r) =>
        r.path === `/channels/${GUILD_CHANNEL_ID}/messages` && JSON.stringify(r.body).includes('Rajat Jog'),
    );
    expect(reply.body).toMatchObject({ message_reference: expect.anything() });
    fake.dispatch(
      'MESSAGE_CREATE',
      {
        ...messageObject('700000000000000021', 'what are rajdeep’s skills?', {
          id: '800000000000000013',
          username: 'asker',
          bot: false,
        }),
        channel_type: 1,
      },
      0,
    );
    const dm = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === '/channels/700000000000000021/messages',
    );
    expect(JSON.stringify(dm.body)).toContain('Rajdeep Sengupta');
  });

  it('resumes one dropped shard, answering what was sent meanwhile, while the others keep answering', async () => {
    const { fake } = await startBot({ DISCORD_SHARDS: '3' });
    const before = reconnects;
    fake.dropGateway(4000, 1);
    const duringDrop = askOnShard(fake, 1);
    expect((await askOnShard(fake, 2)).type).toBe(4);
    expect((await duringDrop).type).toBe(4);
    expect(fake.resumes).toBe(1);
    expect(fake.identifies).toBe(3);
    expect(reconnects).toBeGreaterThan(before);
  });

  it('runs Discord’s recommended count with auto', async () => {
    const { fake } = await startBot({ DISCORD_SHARDS: 'auto' }, (f) => {
      f.recommendedShards = 2;
    });
    expect(byId(fake.identified)).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('identifies one shard [0, 1] when sharding is not configured', async () => {
    const { fake } = await startBot({});
    expect(fake.identified).toEqual([[0, 1]]);
  });
});

describe('a range of a larger total (one machine of several)', () => {
  it('identifies only shards 2 and 3 of 8, and answers on both', async () => {
    const { bot, fake } = await startBot({ DISCORD_SHARDS: '2-3', DISCORD_SHARD_COUNT: '8' });
    expect(bot.isReady()).toBe(true);
    expect(byId(fake.identified)).toEqual([
      [2, 8],
      [3, 8],
    ]);
    for (const shard of [2, 3]) expect((await askOnShard(fake, shard)).type).toBe(4);
  });

  it('becomes ready on a range that holds none of the guilds', async () => {
    const { bot, fake } = await startBot({ DISCORD_SHARDS: '0-1', DISCORD_SHARD_COUNT: '8' });
    expect(FakeDiscord.shardOf(GUILD_ID, 8)).toBeGreaterThan(1);
    expect(bot.isReady()).toBe(true);
    expect(byId(fake.identified)).toEqual([
      [0, 8],
      [1, 8],
    ]);
  });
});
