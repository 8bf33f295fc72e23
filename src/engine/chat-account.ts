// ChatAccount: a person given as a chat account (a Discord or Slack mention, a right-clicked member)
// rather than typed: its id and names, and what a profile may state to be found by it.

export type ChatPlatform = 'discord' | 'slack';

/** How a name of an account was set: its owner's choices on each platform, most specific first. */
export type AccountNameKind = 'server nickname' | 'display name' | 'full name' | 'username';

export interface ChatAccount {
  platform: ChatPlatform;
  /** Discord user id (a snowflake) or Slack user id (U…/W…). */
  id: string;
  /** The words that stand for the mention in the text asked ("Alice"): the engine meets the account there. */
  mention: string;
  /** Its names, most specific first (Discord: server nickname, display name, username; Slack: display, full, username). */
  names: { kind: AccountNameKind; value: string }[];
}

/** How an account was matched to a profile, as the answer says it. */
export type MatchedBy = 'account id' | 'account username' | AccountNameKind;

export const PLATFORM_LABEL: Record<ChatPlatform, string> = { discord: 'Discord', slack: 'Slack' };

/** At most this many accounts per question, each name at most this long: input is bounded. */
export const MAX_ACCOUNTS = 5;
export const MAX_ACCOUNT_NAME = 100;

/** A name as plain words: no markup, mention or emoji characters that would not read as a name. */
export function plainWords(name: string | null | undefined): string {
  return (name ?? '')
    .slice(0, MAX_ACCOUNT_NAME)
    .replace(/[^\p{L}\p{M}\p{N} ._'-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words a mention stands as in the text: its first readable name (most specific first) that no other
 * mention of the question took, else `user <id>`, so two mentions reading alike (two "Sam"s) stay apart.
 */
export function mentionWords(
  names: readonly (string | null | undefined)[],
  id: string,
  taken: ReadonlySet<string>,
): string {
  const free = names.map(plainWords).find((w) => /\p{L}/u.test(w) && !taken.has(w.toLowerCase()));
  return free ?? `user ${id}`;
}
