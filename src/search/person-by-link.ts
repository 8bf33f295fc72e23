// personByLink: a pasted profile link ("github.com/xyz", "https://www.linkedin.com/in/xyz/") → whoever lists
// it as a public contact, or whoever is named by its last path part (a GitHub login is often the handle).
import type { Profile } from '../profiles/model/profile.js';
import type { Resolution } from './search-types.js';

/** Links longer than this are no one's contact: not read. */
const MAX_LINK = 300;
const SCHEME = /^(?:https?:\/\/)?(?:www\.|m\.|mobile\.)?/;
/** A host with a dot and a path: "github.com/xyz", not a name or a sentence. */
const LINK = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^\s]+$/;

/** The link without scheme, "www.", query, fragment or trailing slashes, lowercased; null when no link. */
export function linkKey(text: string): string | null {
  if (text.length > MAX_LINK) return null;
  let key = text.trim().toLowerCase().replace(SCHEME, '');
  const tail = key.search(/[?#]/);
  if (tail >= 0) key = key.slice(0, tail);
  let end = key.length;
  while (end > 0 && key[end - 1] === '/') end--;
  key = key.slice(0, end);
  return LINK.test(key) ? key : null;
}

// Keyed by the snapshot `all()` returns (as the chat-account index is): a hot reload hands out a new one, so a
// stale map is never read, and a pasted link is one lookup instead of a pass over every contact of everyone.
const built = new WeakMap<readonly Profile[], Map<string, Profile[]>>();

/** Listed profiles by the key of each public contact link they state, in the snapshot's order. */
function linkOwners(everyone: readonly Profile[]): Map<string, Profile[]> {
  const cached = built.get(everyone);
  if (cached) return cached;
  const byKey = new Map<string, Profile[]>();
  for (const profile of everyone) {
    if (!profile.listed) continue;
    const keys = new Set<string>();
    for (const contact of profile.contacts) {
      const key = contact.visibility === 'public' ? linkKey(contact.value) : null;
      if (key) keys.add(key);
    }
    for (const key of keys) {
      const list = byKey.get(key);
      if (list) list.push(profile);
      else byKey.set(key, [profile]);
    }
  }
  built.set(everyone, byKey);
  return byKey;
}

/**
 * Who the link is: the profiles with that public contact link, or `byName` of its last path part
 * ("github.com/ana-dev" → "ana-dev"); null when the query is no link.
 */
export function personByLink(
  query: string,
  all: () => readonly Profile[],
  byName: (name: string) => Resolution<Profile>,
): Resolution<Profile> | null {
  const key = linkKey(query);
  if (!key) return null;
  const owners = linkOwners(all()).get(key) ?? [];
  if (owners.length === 1) return { status: 'found', value: owners[0]!, score: 1 };
  if (owners.length > 1) return { status: 'ambiguous', candidates: owners.slice(0, 10) };
  const last = key.split('/').pop() ?? '';
  const named = last.replace(/^@/, '');
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,60}$/u.test(named)) return { status: 'not_found', suggestions: [] };
  const found = byName(named);
  // Only a whole name, handle or alias: a link's last part is never read as a typo of someone.
  return found.status === 'found' && found.score >= 1 ? found : { status: 'not_found', suggestions: [] };
}
