// The real discord.js client against a fake Discord: ready, slash commands, autocomplete, DMs, mentions
// (contact details sent to the asker's DMs), paging buttons, and a dropped gateway that resumes and still answers what was sent during the drop.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CANNOT_POST_HERE, DM_REFUSED, DM_SENT } from '../../../src/platforms/discord/message-answer.js';
import type { Platform } from '../../../src/platforms/platform.js';
import {
  APP_ID,
  BOT_ID,
  BOT_ROLE_ID,
  GUILD_CHANNEL_ID,
  GUILD_ID,
  MUTED_CHANNEL_ID,
  messageObject,
  NO_HISTORY_CHANNEL_ID,
} from '../fakes/discord-objects.js';
import type { FakeDiscord, RecordedRequest } from '../fakes/fake-discord.js';
import { startGatewayBot } from './gateway-harness.js';
import { commandInteraction } from './http-harness.js';

let fake: FakeDiscord;
let bot: Platform;
let stopBot: () => Promise<void>;
let reconnects = 0;

beforeAll(async () => {
  ({
    fake,
    bot,
    stop: stopBot,
  } = await startGatewayBot({
    onReconnect: () => {
      reconnects += 1;
    },
  }));
});

afterAll(() => stopBot());

type Callback = {
  type: number;
  data: {
    embeds?: { title: string; fields: { value: string }[] }[];
    choices?: { name: string }[];
    flags?: number;
  };
};
/** A guild message that mentions the bot. */
function mention(channel: string, text: string, author: string): void {
  fake.dispatch('MESSAGE_CREATE', {
    ...messageObject(channel, `<@${BOT_ID}> ${text}`, { id: author, username: 'asker', bot: false }),
    guild_id: GUILD_ID,
    mentions: [{ id: BOT_ID, username: 'profile-assistant', discriminator: '0', avatar: null, bot: true }],
  });
}
const isChannelNote = (r: RecordedRequest, content: string) =>
  r.method === 'POST' &&
  r.path === `/channels/${GUILD_CHANNEL_ID}/messages` &&
  (r.body as { content?: string }).content === content;
/** A public contact of a seed profile: it may reach the asker, never the channel. */
const RAJDEEP_EMAIL = 'rajdipgupta019@gmail.com';

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
    mention(GUILD_CHANNEL_ID, 'what are rajat’s skills?', '800000000000000002');
    const request = await fake.waitFor(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${GUILD_CHANNEL_ID}/messages` &&
        JSON.stringify(r.body).includes('Rajat Jog'),
    );
    const body = request.body as {
      embeds: { title: string }[];
      message_reference?: unknown;
      allowed_mentions: { parse: unknown[]; replied_user?: boolean };
    };
    expect(body.embeds[0]?.title).toContain('Rajat Jog');
    expect(body.message_reference).toBeDefined();
    expect(body.allowed_mentions).toMatchObject({ parse: [], replied_user: false });
  });

  it('answers a mention of its own managed role (what clients offer when typing "@bot") like a mention', async () => {
    fake.dispatch('MESSAGE_CREATE', {
      ...messageObject(GUILD_CHANNEL_ID, `<@&${BOT_ROLE_ID}> who knows terraform?`, {
        id: '800000000000000007',
        username: 'asker',
        bot: false,
      }),
      guild_id: GUILD_ID,
      mention_roles: [BOT_ROLE_ID],
    });
    const request = await fake.waitFor(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${GUILD_CHANNEL_ID}/messages` &&
        JSON.stringify(r.body).includes('Who knows Terraform'),
    );
    expect(request.body).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });
  });

  it('answers a slash command used in a DM with the bot (no guild, user instead of member)', async () => {
    const {
      guild_id: _noGuild,
      member,
      ...rest
    } = commandInteraction('skills', [{ name: 'person', value: 'rajdeep' }]);
    const interaction = { ...rest, user: member.user, channel: { id: '700000000000000009', type: 1 } };
    fake.dispatch('INTERACTION_CREATE', interaction);
    const body = await callbackFor(interaction.id);
    expect(body.type).toBe(4);
    expect(body.data.embeds?.[0]?.title).toBe('Rajdeep Sengupta — Skills');
  });

  it('sends contact details asked for by a mention to the asker in a DM, and says so in the channel', async () => {
    const asker = '800000000000000004';
    mention(GUILD_CHANNEL_ID, 'how do I reach rajdeep', asker);
    const dm = await fake.waitFor((r) => r.method === 'POST' && r.path === '/users/@me/channels');
    expect(dm.body).toMatchObject({ recipient_id: asker });
    const dmChannel = [...fake.dmChannels].find(([, user]) => user === asker)?.[0];
    const details = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${dmChannel}/messages`,
    );
    expect(JSON.stringify(details.body)).toContain(RAJDEEP_EMAIL);
    const note = await fake.waitFor((r) => isChannelNote(r, DM_SENT));
    expect(note.body).toMatchObject({
      content: DM_SENT,
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(JSON.stringify(note.body)).not.toContain(RAJDEEP_EMAIL);
    expect((note.body as { embeds?: unknown[] }).embeds ?? []).toEqual([]);
  });

  it('says publicly, without the details, when the asker has closed their DMs', async () => {
    const asker = '800000000000000005';
    fake.closedDms.add(asker);
    mention(GUILD_CHANNEL_ID, "show rajdeep's contact section", asker);
    const note = await fake.waitFor((r) => isChannelNote(r, DM_REFUSED));
    expect(note.body).toMatchObject({ content: DM_REFUSED });
    const attempted = fake.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/channels/'));
    const dmChannel = [...fake.dmChannels].find(([, user]) => user === asker)?.[0];
    expect(attempted.some((r) => r.path === `/channels/${dmChannel}/messages`)).toBe(true);
    const publicBodies = attempted.filter((r) => !fake.dmChannels.has(r.path.split('/')[2]!));
    expect(JSON.stringify(publicBodies.map((r) => r.body))).not.toContain(RAJDEEP_EMAIL);
  });

  it('posts its answer without the reply reference where it may not read history (160002)', async () => {
    mention(NO_HISTORY_CHANNEL_ID, 'who knows terraform?', '800000000000000011');
    const posted = await fake.waitFor(
      (r) =>
        r.method === 'POST' &&
        r.path === `/channels/${NO_HISTORY_CHANNEL_ID}/messages` &&
        !(r.body as { message_reference?: unknown }).message_reference,
    );
    expect(JSON.stringify(posted.body)).toContain('Who knows Terraform');
    expect(posted.body).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('answers in a DM, saying why, when it may not post in the channel it was asked in', async () => {
    const asker = '800000000000000012';
    mention(MUTED_CHANNEL_ID, 'who knows terraform?', asker);
    await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${MUTED_CHANNEL_ID}/messages`);
    const dmChannel = await vi.waitFor(() => {
      const id = [...fake.dmChannels].find(([, user]) => user === asker)?.[0];
      if (!id) throw new Error('no DM channel yet');
      return id;
    });
    const dm = await fake.waitFor((r) => r.method === 'POST' && r.path === `/channels/${dmChannel}/messages`);
    expect(dm.body).toMatchObject({ content: CANNOT_POST_HERE, allowed_mentions: { parse: [] } });
    expect(JSON.stringify(dm.body)).toContain('Who knows Terraform');
  });

  it('answers contact questions in a DM right there', async () => {
    fake.dispatch('MESSAGE_CREATE', {
      ...messageObject('700000000000000006', 'contact rajdeep', {
        id: '800000000000000006',
        username: 'asker',
        bot: false,
      }),
      channel_type: 1,
    });
    const request = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === '/channels/700000000000000006/messages',
    );
    expect(JSON.stringify(request.body)).toContain(RAJDEEP_EMAIL);
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

  it('resumes when Discord asks it to reconnect (op 7) and keeps answering', async () => {
    const resumes = fake.resumes;
    fake.requestReconnect();
    await vi.waitFor(() => expect(fake.resumes).toBe(resumes + 1), { timeout: 5000 });
    const interaction = commandInteraction('people');
    fake.dispatch('INTERACTION_CREATE', interaction);
    expect((await callbackFor(interaction.id)).type).toBe(4);
  });

  it('identifies afresh when its session is invalidated (op 9) and keeps answering', async () => {
    const identifies = fake.identifies;
    fake.invalidateSession();
    await vi.waitFor(() => expect(fake.identifies).toBe(identifies + 1), { timeout: 8000 });
    const interaction = commandInteraction('people');
    fake.dispatch('INTERACTION_CREATE', interaction);
    expect((await callbackFor(interaction.id)).type).toBe(4);
  }, 10_000);
});
