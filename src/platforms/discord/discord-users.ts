// Who mentioned Discord users are: from a message's own `mentions` (users, and members with their server
// nicknames), or looked up through the bot's REST client for a mention typed into a slash command's text
// option (Discord resolves only user-type options), under a deadline so an answer never waits long.
import type { Client, Message } from 'discord.js';
import type { Logger } from 'pino';
import type { DiscordUserInfo } from './mentioned-accounts.js';

/** How long an answer waits for lookups; past it a mention is matched by its id alone. */
export const USER_LOOKUP_MS = 1000;

export function messageMentions(message: Message): Map<string, DiscordUserInfo> {
  const known = new Map<string, DiscordUserInfo>();
  for (const user of message.mentions.users.values()) {
    const member = message.mentions.members?.get(user.id);
    known.set(user.id, {
      id: user.id,
      username: user.username,
      globalName: user.globalName,
      nick: member?.nickname ?? null,
    });
  }
  return known;
}

export type LookUpUsers = (ids: readonly string[], guildId?: string) => Promise<Map<string, DiscordUserInfo>>;

export function lookUpDiscordUsers(client: Client, log: Logger, lookupMs = USER_LOOKUP_MS): LookUpUsers {
  async function one(id: string, guildId: string | undefined): Promise<DiscordUserInfo | null> {
    // In a guild the member carries the nickname; the single-member fetch needs no privileged intent.
    const guild = guildId ? client.guilds.cache.get(guildId) : undefined;
    try {
      if (guild) {
        const member = await guild.members.fetch(id);
        const { user } = member;
        return { id, username: user.username, globalName: user.globalName, nick: member.nickname };
      }
    } catch {
      // Not (or no longer) a member of that server: the user alone still has names.
    }
    try {
      const user = await client.users.fetch(id);
      return { id, username: user.username, globalName: user.globalName };
    } catch (error) {
      log.info({ err: error, user: id }, 'discord user lookup failed; matching the mention by id alone');
      return null;
    }
  }
  return async (ids, guildId) => {
    const known = new Map<string, DiscordUserInfo>();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, lookupMs);
    });
    const all = Promise.all(
      ids.map(async (id) => {
        const info = await one(id, guildId);
        if (info) known.set(id, info);
      }),
    );
    await Promise.race([all, deadline]);
    clearTimeout(timer);
    return new Map(known);
  };
}
