// createPrivateMatcher: finds, in any text or URL, the contact details a profile's author marked private
// (front matter `visibility`), in the forms they are written: an address with or without `mailto:`, a URL
// with or without scheme and `www.`, a phone number however it is spaced, a handle. Text is scanned once
// per kind of token (addresses, URLs, numbers, words) and each token looked up in a set, so the cost is
// linear in the text whatever the number of private contacts; every token pattern starts at a
// lookbehind boundary and has no overlapping quantifiers.
import { classifyContactUrl } from '../extract/classify-contact.js';
import { innerProfileUrl } from '../extract/doubled-url.js';
import type { ContactVisibility } from '../markdown/front-matter.js';
import { createLabelledRedactor } from './labelled-private-values.js';
import { OBFUSCATED_EMAIL, plainAddress, unmistakablyAddress } from './obfuscated-address.js';
import { createPhoneRedactor, PHONE_TOKEN } from './phone-redactor.js';
import type { Contact, ContactKind } from './profile.js';
import { redactSpacedAddresses } from './spaced-address.js';
import { endRun, SENTENCE_END, urlKey } from './url-key.js';

/** What a private detail is replaced with, wherever it was written. */
export const PRIVATE = '(private)';

export interface PrivateMatcher {
  /** `text` with every private detail replaced by "(private)"; `line` (1-based, where the text starts)
   *  also hides bare-word handles ("Discord: stone") on the line they were read from. */
  redact(text: string, line?: number | null): string;
  /** 'private': the link is a private detail (drop it with its text); 'inside': it points into one
   *  (a repository under a private GitHub account: keep its text, drop the URL); else 'public'. */
  link(url: string): 'private' | 'inside' | 'public';
}

/** Services whose profile links always name one person: when the kind is private, every such link is. */
const SERVICE_KINDS = new Set<ContactKind>([
  ...(['email', 'phone', 'github', 'gitlab', 'linkedin', 'x', 'mastodon', 'bluesky'] as const),
  ...(['discord', 'slack', 'telegram'] as const),
]);
// "%40" is "@" percent-encoded ("mailto:jane%40example.com"), which a click opens as the address.
const EMAIL_TOKEN = /(?<![\w.+-])(?:mailto:)?([\w.+-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+)/gi;
const URL_TOKEN = /(?<![\w.@/-])(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/[^\s()[\]<>"'`]*)?/gi;
const WORD_TOKEN = /(?<![\p{L}\p{N}_.@#+-])[@\p{L}\p{N}_][\p{L}\p{N}_.#@+-]*/gu;

/** The kinds front matter `visibility` made private. */
export function privateKinds(visibility: ContactVisibility): Set<ContactKind> {
  const kinds = Object.entries(visibility).filter(([, level]) => level === 'private');
  return new Set(kinds.map(([kind]) => kind as ContactKind));
}

/**
 * null when nothing is private. `kinds` are the kinds front matter made private: besides the contacts
 * read, they hide every e-mail address (for `email`) and every profile link to that service.
 */
export function createPrivateMatcher(
  contacts: readonly Contact[],
  kinds: ReadonlySet<ContactKind>,
): PrivateMatcher | null {
  const hidden = contacts.filter((c) => c.visibility === 'private');
  if (hidden.length === 0 && kinds.size === 0) return null;
  const emails = new Set<string>();
  const urls = new Set<string>();
  const phones = new Set<string>();
  const words = new Set<string>();
  const wordsByLine = new Map<number, Set<string>>();
  for (const { kind, value, line } of hidden) {
    const v = value.trim().toLowerCase();
    const digits = v.replace(/\D/g, '');
    if (kind === 'email') emails.add(v.replace(/^mailto:/, ''));
    else if (kind === 'phone' && digits.length >= 7) phones.add(digits);
    else if (/^https?:\/\//.test(v)) urls.add(urlKey(v));
    else {
      // "@user@server" is also autolinked as the address "user@server".
      if (/^@[^@\s]+@\S+$/.test(v)) emails.add(v.slice(1));
      // A bare word ("Discord: stone") would also hit the same word elsewhere: hidden where it was written.
      if ((/^[\p{L}-]+$/u.test(v) || v.length < 4) && line !== null) {
        const set = wordsByLine.get(line) ?? new Set<string>();
        wordsByLine.set(line, set.add(v));
      } else words.add(v);
    }
  }
  const services = new Set([...kinds].filter((k) => SERVICE_KINDS.has(k)));
  const allEmails = kinds.has('email');
  const redactPhone = createPhoneRedactor(phones, PRIVATE);
  const redactLabelled = createLabelledRedactor(kinds, PRIVATE);

  const isPrivateService = (raw: string) => {
    if (services.size === 0) return false;
    const kind = classifyContactUrl(/^[a-z][\w+.-]*:/i.test(raw) ? raw : `https://${raw}`)?.kind;
    return kind !== undefined && services.has(kind);
  };
  // Private URLs are a few segments deep: only that many prefixes of a URL are looked up (linear).
  const depth = [...urls].reduce((most, key) => Math.max(most, key.split('/').length - 1), 0);
  /** The longest private URL that `key` is or lies under, if any. */
  const privatePrefix = (key: string): string | null => {
    let found: string | null = null;
    for (let i = 0, from = 0; i <= depth; i++) {
      const slash = key.indexOf('/', from);
      const prefix = slash < 0 ? key : key.slice(0, slash);
      if (urls.has(prefix)) found = prefix;
      if (slash < 0) break;
      from = slash + 1;
    }
    return found;
  };

  const redactUrl = (token: string, unwrapped = false): string => {
    const body = token.slice(0, endRun(token, SENTENCE_END));
    const tail = token.slice(body.length);
    if (isPrivateService(body)) return PRIVATE + tail;
    const key = urlKey(body);
    const prefix = urls.size > 0 ? privatePrefix(key) : null;
    if (prefix === null) {
      // "twitter.com/https://twitter.com/jane": a generator's doubled link opens the inner one (read
      // once: the contact reader unwraps one level too, and a chain of them stays linear).
      const inner = unwrapped ? body : innerProfileUrl(body, key.split('/')[0]!);
      return inner !== body && redactUrl(inner, true).startsWith(PRIVATE) ? PRIVATE + tail : token;
    }
    // Keep what follows a private account ("(private)/tide-tables"): the address itself is gone.
    const lead = /^(?:https?:\/\/)?(?:www\.)?/i.exec(body)?.[0].length ?? 0;
    return PRIVATE + body.slice(lead + prefix.length).replace(/^\/$/, '') + tail;
  };

  const redact = (text: string, line: number | null = null): string => {
    let out = text;
    if (allEmails || emails.size > 0) {
      // Obfuscated first ("jane [at] quill [dot] example"): a plain pass would leave its "quill.example".
      out = out.replace(OBFUSCATED_EMAIL, (m) =>
        (allEmails && unmistakablyAddress(m)) || emails.has(plainAddress(m)) ? PRIVATE : m,
      );
      out = out.replace(EMAIL_TOKEN, (m, address: string) =>
        allEmails || emails.has(address.toLowerCase().replace('%40', '@')) ? PRIVATE : m,
      );
      // Then spelled out with spaces or other marks ("jo [@] quill [.] example", "jo @ quill . example").
      out = redactSpacedAddresses(
        out,
        (plain, unmistakable) => (allEmails && unmistakable) || emails.has(plain),
        PRIVATE,
      );
    }
    if (services.size > 0 || urls.size > 0) out = out.replace(URL_TOKEN, (m) => redactUrl(m));
    if (phones.size > 0) out = out.replace(PHONE_TOKEN, redactPhone);
    const lineWords: Set<string>[] = [];
    if (line !== null && wordsByLine.size > 0) {
      const count = 1 + (text.match(/\n/g)?.length ?? 0);
      for (let l = line; l < line + count; l++) {
        const set = wordsByLine.get(l);
        if (set) lineWords.push(set);
      }
    }
    if (words.size > 0 || lineWords.length > 0) {
      out = out.replace(WORD_TOKEN, (m) => {
        const end = endRun(m, SENTENCE_END);
        const tail = m.slice(end);
        const key = m.slice(0, end).toLowerCase();
        return words.has(key) || lineWords.some((s) => s.has(key)) ? PRIVATE + tail : m;
      });
    }
    // Last: a labelled value the passes above left whole or in part ("mail = \"jo\" + \"@\" + …").
    return redactLabelled ? redactLabelled(out) : out;
  };

  return {
    redact,
    link(url) {
      const trimmed = url.trim();
      if (isPrivateService(trimmed)) return 'private';
      const redacted = redact(trimmed);
      if (redacted === trimmed) return 'public';
      return redacted.replace(/^(?:mailto|tel):/i, '') === PRIVATE ? 'private' : 'inside';
    },
  };
}
