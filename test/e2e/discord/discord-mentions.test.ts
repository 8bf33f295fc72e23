// The real discord.js client against a fake Discord, asked about teammates by mentioning them: a message
// mentioning a member, a mention typed into a slash command's text option (looked up over REST), and the
// "Show profile" user-menu entry; each found by the account a profile links, else by the member's names.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../unit/engine/load-test-engine.js';
import { BOT_ID, GUILD_CHANNEL_ID, GUILD_ID, messageObject } from '../fakes/discord-objects.js';
import type { FakeDiscord } from '../fakes/fake-discord.js';
import { startGatewayBot } from './gateway-harness.js';
import { commandInteraction } from './http-harness.js';

const TEAM = join(ROOT, 'test/fixtures/chat-accounts');
/** Ines Okoro's profile links https://discord.com/users/<this id>. */
const INES = '401122334455667788';
/** Nobody's profile links these members: found (or not) by their names. */
const MATEO = '801000000000000010';
const DAN = '801000000000000012';
/** Priya Raman's front matter says `discord: priya.codes`, this member's username. */
const PRIYA = '801000000000000013';

let fake: FakeDiscord;
let stopBot: () => Promise<void>;

beforeAll(async () => {
  ({ fake, stop: stopBot } = await startGatewayBot({ profiles: TEAM }));
  fake.members.set(PRIYA, {
    user: { id: PRIYA, username: 'priya.codes', global_name: 'P', discriminator: '0', avatar: null },
    nick: null,
  });
  fake.members.set(MATEO, {
    user: { id: MATEO, username: 'mruiz', global_name: null, discriminator: '0', avatar: null },
    nick: 'Mateo',
  });
});

afterAll(() => stopBot());

const user = (id: string, username: string, globalName: string | null) => ({
  id,
  username,
  global_name: globalName,
  discriminator: '0',
  avatar: null,
});
const BOT = { ...user(BOT_ID, 'profile-assistant', null), bot: true };

/** A guild message mentioning the bot and `people` (with their server nicknames), as Discord sends it. */
function mentionMessage(text: string, people: { user: ReturnType<typeof user>; nick: string | null }[]) {
  const message = {
    ...messageObject(GUILD_CHANNEL_ID, `<@${BOT_ID}> ${text}`, {
      id: '800000000000000031',
      username: 'asker',
      bot: false,
    }),
    guild_id: GUILD_ID,
    mentions: [
      BOT,
      ...people.map((p) => ({
        ...p.user,
        member: { nick: p.nick, roles: [], joined_at: new Date().toISOString() },
      })),
    ],
  };
  fake.dispatch('MESSAGE_CREATE', message);
}

type Embed = { title: string; description?: string };
const channelAnswer = async (title: string) => {
  const request = await fake.waitFor(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${GUILD_CHANNEL_ID}/messages` &&
      JSON.stringify(r.body).includes(title),
  );
  return request.body as { embeds: Embed[]; allowed_mentions: { parse: unknown[] } };
};
const callbackFor = async (id: string) =>
  (await fake.waitFor((r) => r.path.startsWith(`/interactions/${id}/`))).body as {
    type: number;
    data: { embeds?: Embed[]; flags?: number; allowed_mentions?: { parse: unknown[] } };
  };

describe('Discord: asking about a member by mentioning them', () => {
  it('answers a message mentioning a member with the profile that links their account id', async () => {
    mentionMessage(`what does <@${INES}> know?`, [{ user: user(INES, 'nessa_k', 'Nessa'), nick: null }]);
    const body = await channelAnswer('Ines Okoro');
    expect(body.embeds[0]?.title).toBe('Ines Okoro — Skills');
    expect(body.embeds[0]?.description).toContain(
      '@Nessa on Discord is Ines Okoro: matched by the account linked in their profile.',
    );
    expect(body.allowed_mentions.parse).toEqual([]);
  });

  it('finds a member no profile links by their server nickname, and says so', async () => {
    mentionMessage(`tell me about <@${MATEO}>`, [{ user: user(MATEO, 'mruiz', null), nick: 'Mateo' }]);
    const body = await channelAnswer('Mateo Ruiz');
    expect(body.embeds[0]?.description).toContain('matched by server nickname');
  });

  it('never answers with a near name: a member called Dan is not Dana', async () => {
    mentionMessage(`tell me about <@${DAN}>`, [{ user: user(DAN, 'dan99', 'Dan'), nick: null }]);
    const body = await channelAnswer('No profile for @Dan');
    expect(JSON.stringify(body)).not.toContain('Dana Whitfield —');
    expect(body.embeds[0]?.description).toContain('none links that account');
  });

  it('reads a mention typed into a slash command text option, looking the member up', async () => {
    const interaction = commandInteraction('skills', [{ name: 'person', value: `<@${PRIYA}>` }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const body = await callbackFor(interaction.id);
    expect(fake.requests.some((r) => r.path === `/guilds/${GUILD_ID}/members/${PRIYA}`)).toBe(true);
    expect(body.data.embeds?.[0]?.title).toBe('Priya Raman — Skills');
    expect(body.data.embeds?.[0]?.description).toContain(
      '@P on Discord is Priya Raman: matched by the username in their profile.',
    );
  });

  it('matches a mention in a text option by the linked id even when the lookup finds nobody', async () => {
    const interaction = commandInteraction('profile', [{ name: 'person', value: `<@!${INES}>` }]);
    fake.dispatch('INTERACTION_CREATE', interaction);
    const body = await callbackFor(interaction.id);
    expect(body.data.embeds?.[0]?.title).toBe('Ines Okoro');
  });

  it('answers the "Show profile" user-menu entry privately with that member\'s profile', async () => {
    const base = commandInteraction('Show profile');
    const interaction = {
      ...base,
      data: {
        id: '2',
        name: 'Show profile',
        type: 2,
        target_id: INES,
        resolved: {
          users: { [INES]: user(INES, 'nessa_k', 'Nessa') },
          members: { [INES]: { nick: null, roles: [] } },
        },
      },
    };
    fake.dispatch('INTERACTION_CREATE', interaction);
    const body = await callbackFor(interaction.id);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.embeds?.[0]?.title).toBe('Ines Okoro');
    expect(body.data.allowed_mentions?.parse).toEqual([]);
  });
});
