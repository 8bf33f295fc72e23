// "marta's linkedin?": which way of reaching someone a question names, so that a profile without it
// is said to lack it before the ways it does give (never another link passed off as the one asked).
import type { Contact } from '../profiles/model/profile.js';

/** Words for one kind of contact, and the site its links live on. */
const KINDS: readonly { kind: Contact['kind']; label: string; words: readonly string[]; site?: string }[] = [
  { kind: 'linkedin', label: 'LinkedIn', words: ['linkedin'], site: 'linkedin.com' },
  { kind: 'github', label: 'GitHub', words: ['github', 'gh'], site: 'github.com' },
  { kind: 'gitlab', label: 'GitLab', words: ['gitlab'], site: 'gitlab.com' },
  { kind: 'x', label: 'Twitter/X', words: ['twitter', 'tweet', 'x handle'], site: 'x.com' },
  { kind: 'mastodon', label: 'Mastodon', words: ['mastodon', 'fediverse'] },
  { kind: 'bluesky', label: 'Bluesky', words: ['bluesky', 'bsky'], site: 'bsky' },
  { kind: 'email', label: 'email address', words: ['email', 'e-mail', 'mail', 'correo', 'e-mail-adresse'] },
  { kind: 'phone', label: 'phone number', words: ['phone', 'phone number', 'mobile', 'cell'] },
  { kind: 'telegram', label: 'Telegram', words: ['telegram'], site: 't.me' },
];

/** The one kind of contact the question names; null when it names none or several. */
export function askedContactKind(text: string | undefined): (typeof KINDS)[number] | null {
  if (!text) return null;
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}@.-]+/gu, ' ')} `;
  const named = KINDS.filter((k) => k.words.some((w) => words.includes(` ${w} `)));
  return named.length === 1 ? named[0]! : null;
}

/** True when one of the shown contacts is of that kind (or links to its site). */
export function hasContactKind(contacts: readonly Contact[], asked: (typeof KINDS)[number]): boolean {
  return contacts.some(
    (c) => c.kind === asked.kind || (asked.site !== undefined && c.value.toLowerCase().includes(asked.site)),
  );
}
