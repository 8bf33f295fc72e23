// "marta's linkedin?": which way of reaching someone a question names, so that a profile without it
// is said to lack it before the ways it does give (never another link passed off as the one asked).
import type { Contact, Profile } from '../profiles/model/profile.js';

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
  { kind: 'discord', label: 'Discord', words: ['discord'], site: 'discord' },
  // sites people link as a way to find them ("kenji zenn"): found by their name in a link
  { kind: 'other', label: 'Zenn', words: ['zenn'], site: 'zenn.dev' },
  { kind: 'other', label: 'Qiita', words: ['qiita'], site: 'qiita.com' },
  { kind: 'other', label: 'Keybase', words: ['keybase'], site: 'keybase.io' },
  {
    kind: 'other',
    label: 'Stack Overflow',
    words: ['stack overflow', 'stackoverflow'],
    site: 'stackoverflow.com',
  },
];
type AskedKind = (typeof KINDS)[number];

/** The one kind of contact the question names; null when it names none or several. */
export function askedContactKind(text: string | undefined): AskedKind | null {
  if (!text) return null;
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}@.-]+/gu, ' ')} `;
  const named = KINDS.filter((k) => k.words.some((w) => words.includes(` ${w} `)));
  return named.length === 1 ? named[0]! : null;
}

/** True when one of the shown contacts is of that kind (or links to its site). */
export function hasContactKind(contacts: readonly Contact[], asked: AskedKind): boolean {
  return contacts.some(
    (c) =>
      (c.kind === asked.kind && asked.kind !== 'other') ||
      (asked.site !== undefined && c.value.toLowerCase().includes(asked.site)),
  );
}

/** Lines read and quoted: a contact answer adds a few, never the whole profile. */
const MAX_LINES = 400;
const MAX_QUOTED = 3;
const MAX_LINE = 200;
const X_WORDS = ['twitter', 'x'];

/**
 * Lines of the profile that name the asked way ("on Telegram (@dimavolkov)", "X (Twitter): @kenji_fe"),
 * quoted as written when no contact link gives it: the profile's words, never an address made up.
 */
export function linesNaming(profile: Profile, asked: AskedKind): string[] {
  const words = asked.kind === 'x' ? X_WORDS : asked.words;
  const quoted: string[] = [];
  let read = 0;
  for (const section of profile.sections) {
    for (const line of [...sentences(section.text), ...section.items]) {
      read += 1;
      if (read > MAX_LINES || quoted.length >= MAX_QUOTED) return quoted;
      const folded = ` ${line.toLowerCase().replace(/[^\p{L}\p{N}@.-]+/gu, ' ')} `;
      // "x" alone is a word in too many lines; it counts beside "twitter" only.
      const names = words.some((w) => w !== 'x' && folded.includes(` ${w} `));
      const text = line.trim().slice(0, MAX_LINE);
      if (names && text && !quoted.includes(text)) quoted.push(text);
    }
  }
  return quoted;
}

/** Prose cut into sentences, across the line breaks of its source (a soft wrap ends no sentence). */
function sentences(text: string): string[] {
  return text
    .slice(0, MAX_TEXT)
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?]) /);
}
const MAX_TEXT = 20_000;
