// Contacts written as text rather than links: e-mail addresses without mailto:, obfuscated addresses
// ("jane at example dot com", "jane [at] example [dot] com"), and ids after a label in text, in an icon's
// title or alt ("微信号-coco1s", "QQ-12345") or in a shields.io badge (label=wechat&message=janedoe).
import { type ContactGuess, classifyContactText, EMAIL, KIND_LABELS } from './classify-contact.js';
import { stripOwner } from './code-bio-line-parts.js';
import type { ImageSpot } from './contact-spots.js';
import { parsedUrl } from './contact-urls.js';
import { readShieldsBadge } from './shields-badge.js';

// Bounded pieces: no nested quantifiers, every repeat has a cap.
const EMAIL_IN_TEXT = /(^|[^\w.+@/-])([\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6})(?![\w@-])/g;
const MASTODON_IN_TEXT = /(^|[\s(])(@[\w.]{1,30}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})(?![\w@.-])/g;
// Placeholder, commit and robot addresses.
const NOT_PERSONAL = /[@.](example\.(com|org|net)|noreply\.github\.com)$|^(no-?reply|do-?not-?reply)@/i;
// "[at]" "(at)" "{at}" "<at>" " at " " AT " and the same for "dot"; the separator must be explicit.
const AT = /\s?[[({<]\s?at\s?[\])}>]\s?|\s(?:at|AT)\s/g;
const DOT = /\s?[[({<]\s?dot\s?[\])}>]\s?|\s(?:dot|DOT)\s/g;
const BRACKETED_AT = /\s?[[({<]\s?at\s?[\])}>]\s?/g;
const BRACKETED_MARK = /[[({<]\s?at\s?[\])}>]/;
const BRACKETED = /[[({<]\s?(?:at|dot)\s?[\])}>]|\s(?:dot|DOT)\s/;
const MAIL_CUE = /e-?mail|mail|✉|📧|📨|📩|📫|📬|邮箱|メール|courriel|correo/i;
const WEBMAIL = /@(gmail|googlemail|outlook|hotmail|yahoo|icloud|proton|protonmail|pm|qq|163|126|foxmail)\./i;

/** E-mail addresses written in a line of text, plain or obfuscated. */
export function emailsInText(text: string, inCode: boolean): ContactGuess[] {
  const capped = text.length > 2000 ? text.slice(0, 2000) : text;
  // "jane＠gmail.com": the full-width at sign of CJK text.
  const line = capped.includes('＠') ? capped.replaceAll('＠', '@') : capped;
  const out: ContactGuess[] = [];
  if (line.includes('@')) for (const m of line.matchAll(EMAIL_IN_TEXT)) addEmail(out, m[2]!);
  if (/\bat\b|\bAT\b|\[at\]|\(at\)|\{at\}|<at>/.test(line)) {
    // "reach me at sam [at] doe [dot] dev": with a bracketed "at" only it stands for "@".
    const joined = BRACKETED_MARK.test(line)
      ? line.replace(BRACKETED_AT, '@').replace(DOT, '.')
      : line.replace(AT, '@').replace(DOT, '.');
    for (const m of joined.matchAll(EMAIL_IN_TEXT)) {
      const address = m[2]!;
      if (out.some((g) => g.value === address)) continue;
      // "I work at acme.com" is no address: a bare " at " needs a "dot", a bracket, a mail cue or a webmail host.
      if (BRACKETED.test(line) || inCode || MAIL_CUE.test(line) || WEBMAIL.test(address))
        addEmail(out, address);
    }
  }
  return out;
}

function addEmail(out: ContactGuess[], address: string): void {
  const clean = address.replace(/(?<!\.)\.+$/, '');
  if (EMAIL.test(clean) && !NOT_PERSONAL.test(clean))
    out.push({ kind: 'email', value: clean, label: KIND_LABELS.email });
}

export function mastodonHandlesInText(text: string): ContactGuess[] {
  if (!text.includes('@')) return [];
  const line = text.length > 2000 ? text.slice(0, 2000) : text;
  return [...line.matchAll(MASTODON_IN_TEXT)].map((m) => ({
    kind: 'mastodon' as const,
    value: m[2]!,
    label: KIND_LABELS.mastodon,
  }));
}

// "Telegram @jane", "QQ 12345", "WeChat: jane" inside a sentence; without a separator only an @handle or a
// QQ number counts ("I use Discord daily" names no account).
const ID_IN_LINE =
  /(telegram|wechat|weixin|微信号?|qq|discord|skype)\s?(?:id|号)?\s?([:：-]?)\s?(@?[\w.#-]{2,40})/giu;
/** The same pattern, tested once (no match objects) before the lines that have an id are read. */
const ANY_ID = new RegExp(ID_IN_LINE.source, 'iu');

export function idsInText(text: string): ContactGuess[] {
  const line = text.length > 2000 ? text.slice(0, 2000) : text;
  if (!ANY_ID.test(line)) return [];
  const out: ContactGuess[] = [];
  for (const m of line.matchAll(ID_IN_LINE)) {
    const [whole, label, separator, value] = m;
    if (!separator && !value!.startsWith('@') && !/^\d{5,12}$/.test(value!)) continue;
    // "telegram-sdk", "node-discord-bot": the service's name inside a hyphenated word (a package) is no label.
    const glued = separator === '-' && !/\s/.test(whole.slice(label!.length, whole.length - value!.length));
    if (glued || /[\p{L}\p{N}_-]/u.test(line[m.index - 1] ?? '')) continue;
    const guess = classifyContactText(label!, value!);
    if (guess && guess.kind !== 'website' && guess.kind !== 'other' && guess.kind !== 'email')
      out.push(guess);
  }
  return out;
}

// "我的微信公众号：**纯洁的微笑**", "公众号「码农小记」": a WeChat official account, found by its name in WeChat.
// In brackets the name runs to the closing one ("「iCSS 前端趣闻」"); after a colon, to a space or punctuation.
const OFFICIAL_ACCOUNT =
  /公众号\s?(?:[「『“"]\s?([^「」『』“”"\n]{2,20}?)\s?[」』”"]|[:：]\s?([\p{L}\p{N}_-]{2,20}))/u;

/** A WeChat official account a line names, as a way to find the person. */
export function officialAccountInText(text: string): ContactGuess | null {
  const m = text.includes('公众号') ? OFFICIAL_ACCOUNT.exec(text.slice(0, 500)) : null;
  const name = m ? (m[1] ?? m[2])! : null;
  return name ? { kind: 'wechat', value: name, label: 'WeChat Official Account' } : null;
}

// "Label: value", "Label - value", "Label：value", "微信号-value" (the label is a short run of words).
const LABELLED = /^\s*([\p{L}][\p{L}\p{N} ]{0,14}?)\s?(?:[:：]|\s?[-–—]\s?)\s?(\S{2,60})\s*$/u;

/** An id in an icon's title or alt ("微信号-coco1s", "QQ: 12345", "WeChat - janedoe"). */
export function idInImageText(image: ImageSpot): ContactGuess | null {
  for (const text of [image.title, image.alt]) {
    const m = LABELLED.exec(text.length > 100 ? '' : text);
    const guess = m ? classifyContactText(m[1]!, m[2]!) : null;
    if (guess && guess.kind !== 'website' && guess.kind !== 'other') return guess;
    if (EMAIL.test(text.trim())) return emailsInText(text, false)[0] ?? null;
  }
  return null;
}

/** shields.io parts: /badge/<label>-<message>-<color> ("--" is "-", "__" is "_"), or ?label=&message=. */
function badgeParts(url: URL): [string, string] | null {
  if (url.search) {
    const label = url.searchParams.get('label');
    const message = url.searchParams.get('message');
    if (label !== null && message !== null) return [label, message];
  }
  const path = /^\/badge\/([^/]{1,200})$/.exec(url.pathname)?.[1];
  if (!path) return null;
  let content: string;
  try {
    content = decodeURIComponent(path.replace(/\.(svg|png)$/, ''));
  } catch {
    return null;
  }
  const parts = content.replace(/--/g, '\u0000').split('-');
  if (parts.length < 3) return null;
  const fix = (p: string) =>
    p
      .replace(/\u0000/g, '-')
      .replace(/__/g, '_')
      .trim();
  return [fix(parts[0]!), fix(parts[1]!)];
}

/** A badge whose label names an id service and whose message is the id (label=wechat&message=janedoe). */
export function idInBadge(image: ImageSpot): ContactGuess | null {
  if (!image.src.includes('shields.io')) return null;
  const url = parsedUrl(image.src);
  if (!url || !/(^|\.)shields\.io$/i.test(url.hostname)) return null;
  // "![Email](…/badge/jo@example.com-yellow)": the address is the badge's own text, with no link to it.
  const badge = readShieldsBadge(url);
  const address = badge && [badge.label, badge.message].find((text) => EMAIL.test(text));
  if (address) return classifyContactText('email', address);
  const parts = badgeParts(url);
  if (!parts) return null;
  const [label, message] = parts;
  const labelled = classifyContactText(label || (url.searchParams.get('logo') ?? ''), message);
  if (labelled && labelled.kind !== 'website' && labelled.kind !== 'other') return labelled;
  return null;
}

// A key and a quoted value in a code-mode bio: `email: "jane@x.dev"`, `"twitter" => "https://x.com/jane"`.
const CODE_PAIR = /^\s{0,40}["']?([A-Za-z][\w ]{0,20}?)["']?\s?(?::|=>?)\s?["'`]([^"'`]{2,200})["'`]/;
const SITE_KEY = /^(web ?site|blog|portfolio|home ?page|site|url)$/i;

/** Contacts in a code block written as a bio (`const me = { email: "…", linkedin: "…" }`). */
export function contactsInCode(code: string): { guess: ContactGuess; offset: number }[] {
  const out: { guess: ContactGuess; offset: number }[] = [];
  code.split('\n', 300).forEach((raw, offset) => {
    const line = raw.slice(0, 400);
    // `public string Discord { get; } = "jo"`, `private String email = "…"`: read without the declaration.
    const pair = CODE_PAIR.exec(line) ?? CODE_PAIR.exec(stripOwner(line.trim()));
    if (pair) {
      const [, key, value] = pair;
      const guess = classifyContactText(key!, value!);
      const kept =
        guess && (guess.kind !== 'website' || SITE_KEY.test(key!.trim())) && guess.kind !== 'other';
      if (guess && kept) out.push({ guess, offset });
    }
    for (const guess of emailsInText(line, true)) out.push({ guess, offset });
  });
  return out;
}
