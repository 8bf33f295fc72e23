// People an interaction gives as Discord accounts: the member a user-menu entry ("Show profile") was
// opened on, and mentions typed into a slash command's text options (`person: @Alice` arrives as
// `<@123…>`: Discord resolves only user-type options, so those are looked up, or matched by id alone).
import { COMMAND_SET } from '../../../commands/index.js';
import type { Invocation } from '../../engine/invocation.js';
import type { LookUpUsers } from './discord-users.js';
import type { Interaction } from './interaction-schema.js';
import {
  type DiscordUserInfo,
  discordAccount,
  mentionedIds,
  withDiscordAccounts,
} from './mentioned-accounts.js';
import { askerOf } from './to-invocation.js';

/** What the interaction itself says about users (`data.resolved`). */
function resolvedUsers(interaction: Interaction): Map<string, DiscordUserInfo> {
  const known = new Map<string, DiscordUserInfo>();
  const resolved = interaction.data?.resolved;
  for (const [id, user] of Object.entries(resolved?.users ?? {})) {
    known.set(id, {
      id,
      username: user.username,
      globalName: user.global_name,
      nick: resolved?.members?.[id]?.nick ?? null,
    });
  }
  return known;
}

/** The command a user-menu entry runs, for the member it was opened on; null when the entry is not ours. */
export function userMenuInvocation(interaction: Interaction): Invocation | null {
  const command = COMMAND_SET.byUserMenu(interaction.data?.name ?? '');
  const target = interaction.data?.target_id;
  if (!command || !target) return null;
  const account = discordAccount(resolvedUsers(interaction).get(target) ?? { id: target });
  return {
    platform: 'discord',
    command: command.name,
    args: { person: account.mention },
    accounts: [account],
    ...askerOf(interaction),
  };
}

/** `invocation` with user mentions in its option values read as accounts (looked up when need be). */
export async function withMentionedArgs(
  invocation: Invocation,
  interaction: Interaction,
  lookUp?: LookUpUsers,
): Promise<Invocation> {
  const values = Object.values(invocation.args).join(' ');
  const ids = mentionedIds(values);
  if (ids.length === 0) return invocation;
  const known = resolvedUsers(interaction);
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length > 0 && lookUp)
    for (const [id, info] of await lookUp(missing, interaction.guild_id)) known.set(id, info);
  const args: Invocation['args'] = {};
  const accounts = new Map<string, NonNullable<Invocation['accounts']>[number]>();
  for (const [name, value] of Object.entries(invocation.args) as [keyof Invocation['args'], string][]) {
    const read = withDiscordAccounts(value, known);
    args[name] = read.text;
    for (const account of read.accounts) if (!accounts.has(account.id)) accounts.set(account.id, account);
  }
  return { ...invocation, args, accounts: [...accounts.values()] };
}
