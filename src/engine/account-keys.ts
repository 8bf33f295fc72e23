// accountHolders: the chat accounts profiles state (a discord.com/users/<id> link, a Slack profile link,
// front matter `discord:` / `slack:`, a JSON Resume Discord or Slack username), indexed once per
// snapshot of everyone, so a mention is matched by id without scanning every profile each time.
import type { Contact, Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import type { ChatPlatform } from './chat-account.js';

/** "discord:id:80351110224678912", "slack:user:jane.doe": one account a profile states. */
export type AccountKey = `${ChatPlatform}:${'id' | 'user'}:${string}`;

const DISCORD_USER_URL =
  /^https?:\/\/(?:www\.|ptb\.|canary\.)?discord(?:app)?\.com\/users\/(\d{15,21})(?:[/?#]|$)/i;
const SNOWFLAKE = /^\d{15,21}$/;
// Usernames since Discord's 2023 change: 2–32 of a-z 0-9 _ . (unique); old tags (name#1234) are not.
const DISCORD_USERNAME = /^@?([a-z0-9_.]{2,32})$/i;
const SLACK_ID = /^[UW][A-Z0-9]{6,20}$/;
// A member's page: https://acme.slack.com/team/U012AB3CD, …/app.slack.com/…/user_profile/U012AB3CD.
const SLACK_USER_URL =
  /^https?:\/\/[\w-]{1,80}\.slack\.com\/(?:[\w-]{1,40}\/){0,4}(?:team|user_profile|user)\/([UW][A-Z0-9]{6,20})(?:[/?#]|$)/i;
const SLACK_USERNAME = /^@?([a-z0-9][a-z0-9._-]{0,79})$/i;

/** The accounts one contact states, if it is a Discord or Slack account (not a server or workspace invite). */
export function contactAccountKeys(contact: Pick<Contact, 'kind' | 'value'>): AccountKey[] {
  const value = contact.value.trim();
  if (value.length > 300) return [];
  if (contact.kind === 'discord') {
    const id = DISCORD_USER_URL.exec(value)?.[1] ?? (SNOWFLAKE.test(value) ? value : undefined);
    if (id) return [`discord:id:${id}`];
    const user = DISCORD_USERNAME.exec(value)?.[1];
    return user ? [`discord:user:${user.toLowerCase()}`] : [];
  }
  if (contact.kind === 'slack') {
    const id = SLACK_USER_URL.exec(value)?.[1]?.toUpperCase() ?? (SLACK_ID.test(value) ? value : undefined);
    if (id) return [`slack:id:${id}`];
    const user = SLACK_USERNAME.exec(value)?.[1];
    return user ? [`slack:user:${user.toLowerCase()}`] : [];
  }
  return [];
}

export interface AccountHolders {
  /** Profiles stating this account. */
  holders(key: AccountKey): readonly Profile[];
  /** Whether the profile states an account id on this platform (then no other account of it is theirs). */
  statesId(profile: Profile, platform: ChatPlatform): boolean;
}

// Keyed by the snapshot `all()` returns: a hot reload hands out a new one, so a stale map is never read.
const built = new WeakMap<readonly Profile[], AccountHolders>();

export function accountHolders(index: Pick<ProfileIndex, 'all'>): AccountHolders {
  const everyone = index.all();
  const cached = built.get(everyone);
  if (cached) return cached;
  const byKey = new Map<string, Profile[]>();
  const withId = new Map<string, Set<ChatPlatform>>();
  for (const profile of everyone) {
    for (const contact of profile.contacts) {
      if (contact.kind !== 'discord' && contact.kind !== 'slack') continue;
      for (const key of contactAccountKeys(contact)) {
        const list = byKey.get(key) ?? [];
        // A profile's contacts are read together: it can only be the last holder (a scan of every holder
        // was quadratic when 10,000 profiles link one account).
        if (list.at(-1) !== profile) list.push(profile);
        byKey.set(key, list);
        if (key.includes(':id:'))
          withId.set(profile.id, (withId.get(profile.id) ?? new Set()).add(contact.kind));
      }
    }
  }
  const holders: AccountHolders = {
    holders: (key) => byKey.get(key) ?? [],
    statesId: (profile, platform) => withId.get(profile.id)?.has(platform) ?? false,
  };
  built.set(everyone, holders);
  return holders;
}
