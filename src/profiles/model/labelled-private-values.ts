// labelledPrivateValues: the value a line gives under a key that names a private kind of contact
// (`self.mail = "jo" + "@" + "quill.example"`, `gmail: jo.quill`, `linkedin = "jo-q"`, "Telegram: jo_q"),
// hidden whatever form it takes: a code-mode bio or a labelled line may write an address no address
// pattern reads, and the key already says what it is.
import type { ContactKind } from './profile.js';

// One key at the start of a line (after a list mark, a declaration's owner or a quote), then its separator.
const LABELLED =
  /^[ \t]*(?:[-*+>][ \t]+)?(?:(?:self|this|me|my|profile|about|dev|developer)\.|[@$:])?["'`]?([\p{L}][\p{L}\p{N}_-]{0,30})["'`]?[ \t]*(?:=>|:=|=|:|：)/u;
// A value that only opens a list or map (`contact: {`): the keys inside carry their own lines.
const OPENER = /^[[{(][ \t]*$/;

/** Key words beyond the kind's own name, folded (lowercase, letters and digits only). */
const ALIASES: Partial<Record<ContactKind, readonly string[]>> = {
  email: ['mail', 'gmail', 'emailaddress', 'mailaddress', 'correo', 'courriel', 'emailadresse', 'eposta'],
  phone: ['tel', 'telephone', 'telefone', 'telefono', 'mobile', 'cell', 'whatsapp'],
  x: ['twitter'],
  telegram: ['tg'],
  bluesky: ['bsky'],
  website: ['homepage', 'portfolio'],
};
// "linkedinUrl", "github_username", "work_email": the kind's word with what such keys add to it.
const PREFIXES = ['work', 'personal', 'contact', 'my', 'public'];
const SUFFIXES = ['url', 'link', 'handle', 'username', 'user', 'id', 'profile', 'address'];

/** The key without one such prefix and one such suffix ("workemailaddress" → "email"). */
function coreWord(folded: string): string {
  const prefix = PREFIXES.find((p) => folded.startsWith(p) && folded.length > p.length);
  const rest = prefix ? folded.slice(prefix.length) : folded;
  const suffix = SUFFIXES.find((s) => rest.endsWith(s) && rest.length > s.length);
  return suffix ? rest.slice(0, -suffix.length) : rest;
}

/** The folded key words of each private kind; null when none is private. */
function privateKeys(kinds: ReadonlySet<ContactKind>): Set<string> | null {
  if (kinds.size === 0) return null;
  const keys = new Set<string>();
  for (const kind of kinds) for (const word of [kind, ...(ALIASES[kind] ?? [])]) keys.add(word);
  // A one-letter key ("x: 5") is too common to hide on its own.
  keys.delete('x');
  return keys;
}

/** `text` with the value of every line labelled by a private kind replaced by `hidden`; null when none is private. */
export function createLabelledRedactor(
  kinds: ReadonlySet<ContactKind>,
  hidden: string,
): ((text: string) => string) | null {
  const keys = privateKeys(kinds);
  if (!keys) return null;
  const isPrivateKey = (key: string): boolean => {
    const folded = key.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
    return keys.has(folded) || keys.has(coreWord(folded));
  };
  const redactLine = (line: string): string => {
    const m = LABELLED.exec(line);
    const value = m ? line.slice(m[0].length).trim() : '';
    // A value already hidden whole ("(private) · (private)") keeps its shape.
    const left = value.split(hidden).join('');
    if (!m || !/[\p{L}\p{N}]/u.test(left) || !isPrivateKey(m[1]!) || OPENER.test(value)) return line;
    return `${m[0]} ${hidden}`;
  };
  return (text) => {
    if (!/[:=：]/.test(text)) return text;
    return text.includes('\n') ? text.split('\n').map(redactLine).join('\n') : redactLine(text);
  };
}
