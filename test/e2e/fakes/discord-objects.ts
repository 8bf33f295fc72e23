// The Discord objects the fake serves (ids, the one guild with its channels and roles, messages), in
// the shapes discord.js accepts.

export const BOT_ID = '900000000000000001';
export const APP_ID = '900000000000000002';
export const GUILD_ID = '223456789012345678';
export const GUILD_CHANNEL_ID = '700000000000000002';
export const BOT_ROLE_ID = '223456789012345679';
/** A channel where the bot may post but not read history, so Discord refuses replies (160002). */
export const NO_HISTORY_CHANNEL_ID = '700000000000000012';
/** A channel where the bot may not post at all (50013 Missing Permissions). */
export const MUTED_CHANNEL_ID = '700000000000000013';

export function guildObject() {
  return {
    id: GUILD_ID,
    name: 'Fake Guild',
    icon: null,
    owner_id: '800000000000000009',
    features: [],
    roles: [
      {
        id: GUILD_ID,
        name: '@everyone',
        permissions: '0',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
      },
      {
        // The role Discord gives a bot in each guild it joins; clients offer it when typing "@bot".
        id: BOT_ROLE_ID,
        name: 'profile-assistant',
        permissions: '0',
        position: 1,
        color: 0,
        hoist: false,
        managed: true,
        mentionable: false,
        tags: { bot_id: BOT_ID },
      },
    ],
    emojis: [],
    stickers: [],
    members: [],
    channels: [GUILD_CHANNEL_ID, NO_HISTORY_CHANNEL_ID, MUTED_CHANNEL_ID].map((id, position) => ({
      id,
      type: 0,
      name: `channel-${position}`,
      guild_id: GUILD_ID,
      position,
      permission_overwrites: [],
    })),
    threads: [],
    presences: [],
    voice_states: [],
    member_count: 2,
    large: false,
    unavailable: false,
    joined_at: new Date().toISOString(),
  };
}

export function messageObject(
  channelId: string,
  content: string,
  author = { id: BOT_ID, username: 'profile-assistant', bot: true },
) {
  return {
    id: String(BigInt('1000000000000000000') + BigInt(Math.floor(Math.random() * 1e9))),
    channel_id: channelId,
    author: { discriminator: '0', avatar: null, global_name: null, ...author },
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
  };
}
