// Discord user mentions (`<@123…>`) → chat accounts for the engine: each mention is replaced in the text by
// words that stand for it (the member's nickname, display name or username), and the account it stands
// for (id and names) goes along, so the engine finds the profile by account, not by a guess at a name.
import { type ChatAccount, MAX_ACCOUNTS, mentionWords } from '../../engine/chat-account.js';

/** What Discord tells about a mentioned user: in a message's `mentions`, an interaction's `resolved`, or a lookup. */
export interface DiscordUserInfo {
  id: string;
  username?: string | undefined;
  globalName?: string | null | undefined;
  /** The server nickname, in a guild. */
  nick?: string | null | undefined;
}

const USER_MENTION = /<@!?(\d{15,21})>/g;

/** User ids mentioned in `text`, first mention first, at most MAX_ACCOUNTS, leaving out `except` (the bot). */
export function mentionedIds(text: string, except?: string): string[] {
  const ids = new Set<string>();
  for (const m of text.matchAll(USER_MENTION)) {
    if (m[1] !== except) ids.add(m[1]!);
    if (ids.size >= MAX_ACCOUNTS) break;
  }
  return [...ids];
}

export function discordAccount(user: DiscordUserInfo, taken: ReadonlySet<string> = new Set()): ChatAccount {
  const names: ChatAccount['names'] = [];
  if (user.nick) names.push({ kind: 'server nickname', value: user.nick });
  if (user.globalName) names.push({ kind: 'display name', value: user.globalName });
  if (user.username) names.push({ kind: 'username', value: user.username });
  const mention = mentionWords([user.nick, user.globalName, user.username], user.id, taken);
  return { platform: 'discord', id: user.id, mention, names };
}

/**
 * `text` with each mentioned user replaced by their words, and their accounts. A mention with nothing
 * known about it but its id is still an account (a profile may link that id).
 */
export function withDiscordAccounts(
  text: string,
  known: ReadonlyMap<string, DiscordUserInfo>,
  except?: string,
): { text: string; accounts: ChatAccount[] } {
  const accounts: ChatAccount[] = [];
  const taken = new Set<string>();
  const words = new Map<string, string>();
  for (const id of mentionedIds(text, except)) {
    const account = discordAccount(known.get(id) ?? { id }, taken);
    taken.add(account.mention.toLowerCase());
    words.set(id, account.mention);
    accounts.push(account);
  }
  const replaced = text.replace(USER_MENTION, (whole, id: string) => words.get(id) ?? whole);
  return { text: replaced, accounts };
}
