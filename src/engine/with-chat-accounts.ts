// withChatAccounts: the index as one answer sees it when the question names people by chat account
// (a mention): looking up the words that stand for a mention finds that account's profile
// (matchChatAccount), wherever the parser or a handler looks a person up; the answer then says how
// the account was matched, or why nobody was found.
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex, Resolution } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { type ChatAccount, MAX_ACCOUNTS, type MatchedBy, PLATFORM_LABEL } from './chat-account.js';
import { type AccountMatch, matchChatAccount } from './match-chat-account.js';
import type { Reply } from './reply.js';
import { orList, quoted } from './reply-parts.js';

export interface AccountView {
  index: ProfileIndex;
  /** The reply, saying how a mentioned account was matched (or why it was not). */
  explain(reply: Reply): Reply;
}

const HOW: Record<MatchedBy, string> = {
  'account id': 'the account linked in their profile',
  'account username': 'the username in their profile',
  'server nickname': 'server nickname',
  'display name': 'display name',
  'full name': 'full name',
  username: 'username',
};

function resolution(match: AccountMatch): Resolution<Profile> {
  if (match.status === 'found') return { status: 'found', value: match.profile, score: 1 };
  return match;
}

export function withChatAccounts(
  index: ProfileIndex,
  accounts: readonly ChatAccount[] | undefined,
): AccountView {
  if (!accounts || accounts.length === 0) return { index, explain: (reply) => reply };
  const byText = new Map<string, ChatAccount>();
  for (const account of accounts.slice(0, MAX_ACCOUNTS)) {
    const key = foldText(account.mention);
    if (key && !byText.has(key)) byText.set(key, account);
  }
  const matched = new Map<ChatAccount, AccountMatch>();
  const matchOf = (account: ChatAccount) => {
    let match = matched.get(account);
    if (!match) {
      match = matchChatAccount(index, account);
      matched.set(account, match);
    }
    return match;
  };
  const accountFor = (text: string) => byText.get(foldText(text.replace(/^@/, '')));
  const resolvePerson = (query: string): Resolution<Profile> => {
    const account = accountFor(query);
    return account ? resolution(matchOf(account)) : index.resolvePerson(query);
  };
  const view = Object.create(index, { resolvePerson: { value: resolvePerson } }) as ProfileIndex;

  function explain(reply: Reply): Reply {
    for (const [account, match] of matched) {
      const who = `@${account.mention} on ${PLATFORM_LABEL[account.platform]}`;
      if (match.status === 'found' && reply.person?.id === match.profile.id) {
        const note = `${who} is ${match.profile.name}: matched by ${HOW[match.by]}.`;
        return { ...reply, description: reply.description ? `${reply.description}\n\n${note}` : note };
      }
      const query = 'query' in reply.data ? reply.data.query : undefined;
      if (query === undefined || accountFor(query) !== account) continue;
      if (reply.kind === 'ambiguous' && match.status === 'ambiguous') {
        const names = match.candidates.map((p) => p.name);
        const lead = match.linked
          ? `Several profiles link ${who}: ${names.join(', ')}.`
          : `No profile links ${who} to one person, and by name they could be ${orList(names)}.`;
        return { ...reply, description: `${lead} Say which one.` };
      }
      if (reply.kind === 'not_found' && match.status === 'not_found') {
        const names = [...new Set(account.names.map((n) => n.value))].slice(0, 3).map(quoted);
        const near = match.suggestions.map((p) => p.name);
        const site = PLATFORM_LABEL[account.platform];
        const others = match.elsewhere.map((p) => `${p.name}'s`);
        return {
          ...reply,
          title: `No profile for @${account.mention}`,
          description: [
            names.length > 0
              ? `I have no profile for ${who}: none links that account or goes by ${orList(names)}.`
              : `I have no profile for ${who}: none links that account (and I could not learn their names).`,
            others.length > 0 ? `(${orList(others)} profile links another ${site} account.)` : '',
            near.length > 0 ? `Ask about ${orList(near)} by name if that is who you meant.` : '',
            `A profile is found by its ${site} account when it links it, or says ${account.platform}: ${account.id} in its front matter.`,
          ]
            .filter(Boolean)
            .join(' '),
        };
      }
    }
    return reply;
  }

  return { index: view, explain };
}
