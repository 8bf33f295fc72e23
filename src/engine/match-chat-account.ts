// matchChatAccount: the profile a chat account belongs to. Explicit first: a profile stating the account
// id, then its unique username; only then the account's names, read as typed names are, and kept only
// when every word of the name is a word of that person's names (a mention of "Dan" is never Dana's
// profile, though typing "dan" may be). Two people → which one; nobody → nobody, never a near miss.
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { type AccountHolders, accountHolders } from './account-keys.js';
import { type ChatAccount, MAX_ACCOUNT_NAME, type MatchedBy } from './chat-account.js';

export type AccountMatch =
  | { status: 'found'; profile: Profile; by: MatchedBy }
  /** `linked`: the profiles themselves link this account (or its username), more than one of them. */
  | { status: 'ambiguous'; candidates: Profile[]; linked?: boolean }
  /** `elsewhere`: people the names fit whose profiles link another account on this platform. */
  | { status: 'not_found'; suggestions: Profile[]; elsewhere: Profile[] };

const MAX_CANDIDATES = 10;

/** Folded words of every name, handle, alias and id a person goes by, and each of those without spaces. */
function ownWords(profile: Profile): Set<string> {
  const words = new Set<string>();
  for (const name of [profile.name, profile.handle ?? '', ...profile.aliases, profile.id]) {
    const folded = foldText(name);
    if (!folded) continue;
    for (const word of folded.split(' ')) words.add(word);
    words.add(folded.replaceAll(' ', ''));
  }
  return words;
}

/** Every word of the account name is one of the person's (or the name is one of theirs run together). */
function namesThem(profile: Profile, name: string): boolean {
  const folded = foldText(name);
  if (!folded) return false;
  const own = ownWords(profile);
  return folded.split(' ').every((w) => own.has(w)) || own.has(folded.replaceAll(' ', ''));
}

function explicit(holders: AccountHolders, account: ChatAccount): AccountMatch | null {
  const byId = holders.holders(`${account.platform}:id:${account.id}`);
  if (byId.length === 1) return { status: 'found', profile: byId[0]!, by: 'account id' };
  if (byId.length > 1)
    return { status: 'ambiguous', candidates: byId.slice(0, MAX_CANDIDATES), linked: true };
  const usernames = account.names.filter((n) => n.kind === 'username');
  const byUser = [
    ...new Set(
      usernames.flatMap((n) => holders.holders(`${account.platform}:user:${n.value.toLowerCase()}`)),
    ),
  ].filter((p) => !holders.statesId(p, account.platform));
  if (byUser.length === 1) return { status: 'found', profile: byUser[0]!, by: 'account username' };
  if (byUser.length > 1)
    return { status: 'ambiguous', candidates: byUser.slice(0, MAX_CANDIDATES), linked: true };
  return null;
}

export function matchChatAccount(
  index: Pick<ProfileIndex, 'all' | 'resolvePerson'>,
  account: ChatAccount,
): AccountMatch {
  const holders = accountHolders(index);
  const stated = explicit(holders, account);
  if (stated) return stated;
  // A profile stating another account id on this platform is someone else, whatever the names say.
  const mayBe = (p: Profile) => !holders.statesId(p, account.platform);
  const found = new Map<Profile, MatchedBy>();
  const unclear = new Set<Profile>();
  const near = new Set<Profile>();
  const elsewhere = new Set<Profile>();
  const tried = new Set<string>();
  for (const { kind, value } of account.names) {
    const name = value.slice(0, MAX_ACCOUNT_NAME);
    const key = foldText(name);
    if (!key || tried.has(key)) continue;
    tried.add(key);
    const resolved = index.resolvePerson(name);
    if (resolved.status === 'found') {
      const p = resolved.value;
      if (!mayBe(p)) elsewhere.add(p);
      else if (namesThem(p, name)) {
        if (!found.has(p)) found.set(p, kind);
      } else near.add(p);
    } else if (resolved.status === 'ambiguous') {
      const left = resolved.candidates.filter(mayBe);
      for (const p of resolved.candidates) if (!mayBe(p)) elsewhere.add(p);
      const only = left.length === 1 ? left[0]! : undefined;
      if (only && namesThem(only, name)) {
        if (!found.has(only)) found.set(only, kind);
      } else for (const p of left) unclear.add(p);
    } else for (const p of resolved.suggestions.filter(mayBe)) near.add(p);
  }
  if (found.size === 1) {
    const [profile, by] = [...found][0]!;
    return { status: 'found', profile, by };
  }
  if (found.size > 1) return { status: 'ambiguous', candidates: [...found.keys()].slice(0, MAX_CANDIDATES) };
  if (unclear.size > 0) return { status: 'ambiguous', candidates: [...unclear].slice(0, MAX_CANDIDATES) };
  return { status: 'not_found', suggestions: [...near].slice(0, 3), elsewhere: [...elsewhere].slice(0, 3) };
}
