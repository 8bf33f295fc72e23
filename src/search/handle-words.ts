// personByHandleWords: whoever a name nobody goes by is a word of a public account handle of
// ("albert" → linkedin.com/in/albert-burkas, "xanes" → twitter.com/Xanes_007): people go by their
// handle on other sites, and a profile often states that name nowhere else.
import type { Profile } from '../profiles/model/profile.js';
import { isKnownSkill } from '../profiles/vocabulary/skill-aliases.js';
import { foldText } from '../text/fold-text.js';
import { linkKey } from './person-by-link.js';
import type { Resolution } from './search-types.js';

/** A handle word shorter than this ("js", "ai", "me") names no one. */
const MIN_WORD = 3;
/** More query words than this are a sentence, not a handle. */
const MAX_WORDS = 3;
/** Words handles add to a name, never a name themselves. */
const NOT_NAMES = new Set(
  'the dev devs official real its iam hey hello contact info mail code coder codes tech labs studio app apps bot blog web www channel user users profile page home'.split(
    ' ',
  ),
);

// Per profile object: a reload hands out new profiles, so a stale entry is never read.
const wordsOf = new WeakMap<Profile, ReadonlySet<string>>();

/** The last path part of a public account link ("@Xanes_007", "albert-burkas") or a stated "@id". */
function handleOf(value: string): string | null {
  const trimmed = value.trim();
  if (/^@[\w.-]{1,60}$/.test(trimmed)) return trimmed.slice(1);
  const key = linkKey(trimmed);
  return key ? (key.split('/').pop() ?? null) : null;
}

/** The name-like words of a profile's public account handles, folded. */
function handleWords(profile: Profile): ReadonlySet<string> {
  const cached = wordsOf.get(profile);
  if (cached) return cached;
  const words = new Set<string>();
  for (const contact of profile.contacts) {
    if (contact.visibility !== 'public' || contact.kind === 'email' || contact.kind === 'website') continue;
    const handle = handleOf(contact.value);
    if (!handle) continue;
    for (const word of foldText(handle.replace(/\d+/g, ' ')).split(' '))
      if (word.length >= MIN_WORD && !NOT_NAMES.has(word) && !isKnownSkill(word)) words.add(word);
  }
  wordsOf.set(profile, words);
  return words;
}

/** The listed people with every word of `query` among their handle words; null when none or no name shape. */
export function personByHandleWords(query: string, people: readonly Profile[]): Resolution<Profile> | null {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS || words.some((w) => w.length < MIN_WORD)) return null;
  if (words.some((w) => /\d/.test(w) || isKnownSkill(w))) return null;
  const owners = people.filter((p) => p.listed && words.every((w) => handleWords(p).has(w)));
  if (owners.length === 1) return { status: 'found', value: owners[0]!, score: 0.6 };
  return owners.length > 1 ? { status: 'ambiguous', candidates: owners.slice(0, 10) } : null;
}
