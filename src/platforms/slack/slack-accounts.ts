// Slack user mentions (`<@U123>`, `<@U123|name>`) → chat accounts for the engine, and the words each one
// stands as in the text (display name, full name or username), so the engine finds the profile by the
// member id first and only then by a name.
import { type ChatAccount, MAX_ACCOUNTS, mentionWords } from '../../engine/chat-account.js';
import type { SlackUserNames } from './mention-names.js';

const MENTION = /<@([UW][A-Z0-9]{1,20})(?:\|([^<>]{1,200}))?>/g;

/**
 * The mentioned users (not the bot) as accounts, and for each id the words it becomes in the text: two
 * mentions reading alike stay apart (the second by its username, else its id).
 */
export function slackAccounts(
  text: string,
  known: ReadonlyMap<string, SlackUserNames>,
  botUserId?: string,
): { words: Map<string, string>; accounts: ChatAccount[] } {
  const words = new Map<string, string>();
  const accounts: ChatAccount[] = [];
  const taken = new Set<string>();
  for (const [, id, label] of text.matchAll(MENTION)) {
    if (!id || id === botUserId || words.has(id)) continue;
    if (accounts.length >= MAX_ACCOUNTS) break;
    const info = known.get(id);
    // Nothing learnt (users.info failed or was slow) and no label: the mention is left out of the text, as
    // before, so `/whoknows rust <@U…>` still asks about rust rather than "rust user U…".
    if (!info && !label) continue;
    const names: ChatAccount['names'] = [];
    const display = info?.display ?? label;
    if (display) names.push({ kind: 'display name', value: display });
    if (info?.real) names.push({ kind: 'full name', value: info.real });
    if (info?.username) names.push({ kind: 'username', value: info.username });
    const mention = mentionWords([display, info?.real, info?.username], id, taken);
    taken.add(mention.toLowerCase());
    words.set(id, mention);
    accounts.push({ platform: 'slack', id, mention, names });
  }
  return { words, accounts };
}
