// classifyContactUrl / classifyContactText: what kind of contact a URL or "Label: value" text is.
import type { ContactKind } from './profile.js';

export interface ContactGuess {
  kind: ContactKind;
  /** The value as it should be stored: the URL as written, or the bare address for mailto:/tel:. */
  value: string;
  /** A default label for the kind ("LinkedIn"). */
  label: string;
}

export const KIND_LABELS: Record<ContactKind, string> = {
  email: 'Email',
  website: 'Website',
  github: 'GitHub',
  gitlab: 'GitLab',
  linkedin: 'LinkedIn',
  x: 'X',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  discord: 'Discord',
  slack: 'Slack',
  telegram: 'Telegram',
  phone: 'Phone',
  other: 'Link',
};

export const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const HOSTS: [RegExp, ContactKind, RegExp?][] = [
  // [host, kind, path that makes it a personal profile (default: any non-empty path)]
  [/^(www\.)?github\.com$/, 'github', /^\/[\w-]+\/?$/],
  [/^(www\.)?gitlab\.com$/, 'gitlab', /^\/[\w.-]+\/?$/],
  [/^([\w-]+\.)?linkedin\.com$/, 'linkedin', /^\/(in|company|pub)\//],
  [/^(www\.|mobile\.)?(twitter|x)\.com$/, 'x', /^\/\w+\/?$/],
  [/^(www\.)?bsky\.app$/, 'bluesky', /^\/profile\//],
  [/^(www\.)?(discord\.gg|discord\.com|discordapp\.com)$/, 'discord'],
  [/^[\w-]+\.slack\.com$/, 'slack'],
  [/^(www\.)?(t\.me|telegram\.me)$/, 'telegram'],
];
// Hosts that use "/@name" paths but are not Mastodon servers.
const NOT_MASTODON =
  /(^|\.)(medium\.com|youtube\.com|tiktok\.com|threads\.net|threads\.com|dev\.to|hashnode\.com)$/;
// Well-known hosts that are neither a kind of their own nor a personal website.
const OTHER_HOSTS =
  /(^|\.)(medium\.com|dev\.to|youtube\.com|stackoverflow\.com|instagram\.com|facebook\.com|kaggle\.com|leetcode\.com|hashnode\.com|hashnode\.dev|behance\.net|dribbble\.com|credly\.com|twitch\.tv|reddit\.com|codepen\.io|huggingface\.co)$/;

export function classifyContactUrl(raw: string): ContactGuess | null {
  const url = raw.trim();
  if (/^mailto:/i.test(url)) {
    const address = decodeURIComponent(url.slice(7).split('?')[0] ?? '');
    return EMAIL.test(address) ? { kind: 'email', value: address, label: KIND_LABELS.email } : null;
  }
  if (/^tel:/i.test(url)) return { kind: 'phone', value: url.slice(4), label: KIND_LABELS.phone };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  for (const [pattern, kind, path] of HOSTS) {
    if (!pattern.test(host)) continue;
    if (path ? !path.test(parsed.pathname) : parsed.pathname.length <= 1) return null;
    return { kind, value: url, label: KIND_LABELS[kind] };
  }
  if (/^\/@[\w.]+\/?$/.test(parsed.pathname) && !NOT_MASTODON.test(host)) {
    return { kind: 'mastodon', value: url, label: KIND_LABELS.mastodon };
  }
  if (OTHER_HOSTS.test(host)) return { kind: 'other', value: url, label: host.replace(/^www\./, '') };
  return { kind: 'website', value: url, label: KIND_LABELS.website };
}

const LABEL_KINDS: [RegExp, ContactKind][] = [
  [/e-?mail|correo|courriel|mail/i, 'email'],
  [/phone|tel|mobile|cell|whats ?app|teléfono|telefone|téléphone|telefon/i, 'phone'],
  [/discord/i, 'discord'],
  [/telegram/i, 'telegram'],
  [/mastodon|fediverse/i, 'mastodon'],
  [/bluesky|bsky/i, 'bluesky'],
  [/slack/i, 'slack'],
];

/** A value written after a label ("Email: a@b.c", "Phone: +1 555…"); null when it is no address. */
export function classifyContactText(label: string, value: string): ContactGuess | null {
  const text = value.trim().replace(/[.;]$/, '');
  if (/^(https?:\/\/|mailto:|tel:)/i.test(text)) return classifyContactUrl(text.split(/\s/)[0]!);
  if (EMAIL.test(text)) return { kind: 'email', value: text, label: KIND_LABELS.email };
  const mastodon = /^@[\w.]+@[\w-]+(\.[\w-]+)+$/.exec(text);
  if (mastodon) return { kind: 'mastodon', value: text, label: KIND_LABELS.mastodon };
  const kind = LABEL_KINDS.find(([pattern]) => pattern.test(label))?.[1];
  if (kind === 'phone' && /^\+?[\d\s().-]{7,}$/.test(text) && text.replace(/\D/g, '').length >= 7) {
    return { kind, value: text, label: KIND_LABELS.phone };
  }
  // Handles without a URL only where the label names the service ("Discord: raj#0019", "Telegram: @raj").
  if ((kind === 'discord' || kind === 'telegram') && /^@?[\w.#-]{2,40}$/.test(text)) {
    return { kind, value: text, label: KIND_LABELS[kind] };
  }
  return null;
}
