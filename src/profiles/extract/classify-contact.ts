// classifyContactUrl / classifyContactText: what kind of contact a URL or "Label: value" text is, from the
// known-site table; an unknown host is a website candidate (the extractor decides whether it is the person's).

import type { ContactKind } from '../model/profile.js';
import { siteNamed, siteOf } from './contact-sites.js';
import { parsedUrl } from './contact-urls.js';
import { neverContact } from './never-contact.js';

export interface ContactGuess {
  kind: ContactKind;
  /** The value as it should be stored: the URL as written, or the bare address for mailto:/tel:. */
  value: string;
  /** A default label for the kind ("LinkedIn"), or the site's name for kind 'other' ("Zenn"). */
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
  youtube: 'YouTube',
  instagram: 'Instagram',
  facebook: 'Facebook',
  reddit: 'Reddit',
  twitch: 'Twitch',
  devto: 'DEV',
  medium: 'Medium',
  hashnode: 'Hashnode',
  substack: 'Substack',
  stackoverflow: 'Stack Overflow',
  kaggle: 'Kaggle',
  leetcode: 'LeetCode',
  codepen: 'CodePen',
  wechat: 'WeChat',
  qq: 'QQ',
  other: 'Link',
};

export const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
// Query parameters that only track or localise; a profile URL carrying them is still the profile.
const NOISE_PARAM =
  /^(utm_\w+|hl|lang|locale|igshid|igsh|si|ref|sub_confirmation|originalSubdomain|s|t|mibextid|fbclid|gclid|trk|view_as|feature)$/i;
// Subdomain redirects on a personal domain ("twitter.janedoe.com") name the service they lead to.
const REDIRECT_KINDS: Record<string, ContactKind> = {
  twitter: 'x',
  x: 'x',
  linkedin: 'linkedin',
  github: 'github',
  youtube: 'youtube',
  instagram: 'instagram',
  twitch: 'twitch',
  facebook: 'facebook',
  mastodon: 'mastodon',
  bluesky: 'bluesky',
  telegram: 'telegram',
  discord: 'discord',
};

// Commit and robot senders are nobody's address.
const ROBOT_MAIL = /[@.]noreply\.github\.com$|^(no-?reply|do-?not-?reply)@/i;

function mail(address: string): ContactGuess | null {
  return EMAIL.test(address) && !ROBOT_MAIL.test(address)
    ? { kind: 'email', value: address, label: KIND_LABELS.email }
    : null;
}

/** The part of a URL a site's profile pattern is matched against: path, meaningful query, fragment. */
function profileTarget(url: URL): string {
  if (!url.search) return `${url.pathname}${url.hash}`;
  const params = [...url.searchParams.keys()].filter((k) => !NOISE_PARAM.test(k));
  const search = params.length > 0 ? url.search : '';
  return `${url.pathname}${search}${url.hash}`;
}

const FOLLOW_INTENT = /^\/intent\/(?:follow|user)\/?\?(?:[^#]{0,200}&)?screen_name=(\w{1,15})(?![\w])/i;

export function classifyContactUrl(raw: string): ContactGuess | null {
  const url = raw.trim();
  if (url.length > 2000) return null;
  if (/^mailto:/i.test(url)) {
    let address = url.slice(7).split('?')[0] ?? '';
    try {
      address = decodeURIComponent(address);
    } catch {
      return null;
    }
    return mail(address.trim());
  }
  if (/^tel:/i.test(url)) return { kind: 'phone', value: url.slice(4), label: KIND_LABELS.phone };
  // An address written as the link target without mailto: (badges do this).
  if (EMAIL.test(url)) return mail(url);
  const parsed = parsedUrl(url);
  return parsed ? classifyParsedUrl(parsed, url) : null;
}

/** classifyContactUrl for a URL already parsed (`raw` is the value to store). */
export function classifyParsedUrl(parsed: URL, url: string): ContactGuess | null {
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase();
  const site = siteOf(host);
  if (site) {
    // "twitter.com/intent/follow?screen_name=jo": a follow button names the account it follows.
    const follows = site.kind === 'x' ? FOLLOW_INTENT.exec(`${parsed.pathname}${parsed.search}`) : null;
    if (follows) return { kind: 'x', value: `https://twitter.com/${follows[1]}`, label: site.label };
    const target = profileTarget(parsed);
    // The site's own front page ("https://medium.com") is nobody's profile; "jane.medium.com" is.
    const bareHost =
      site.host.test(host.replace(/^(www|m|mobile)\./, '')) &&
      !/^[\w-]+\.(medium|substack|hashnode|tistory|blogspot|wordpress)\./.test(host);
    if (!site.profile.test(target) || (bareHost && /^\/?$/.test(target))) return null;
    return { kind: site.kind, value: url, label: site.label };
  }
  if (neverContact(host)) return null;
  if (/^\/@[\w.]+\/?$/.test(parsed.pathname))
    return { kind: 'mastodon', value: url, label: KIND_LABELS.mastodon };
  const labels = host.replace(/^www\./, '').split('.');
  const redirect = labels.length >= 3 ? REDIRECT_KINDS[labels[0]!] : undefined;
  if (redirect && /^\/?$/.test(parsed.pathname))
    return { kind: redirect, value: url, label: KIND_LABELS[redirect] };
  return { kind: 'website', value: url, label: KIND_LABELS.website };
}

const LABEL_KINDS: [RegExp, ContactKind][] = [
  [/e-?mail|correo|courriel|mail|邮箱|メール/i, 'email'],
  [/discord/i, 'discord'],
  [/telegram/i, 'telegram'],
  [/phone|\btel\b|mobile|cell|whats ?app|teléfono|telefone|téléphone|telefon|电话|手机/i, 'phone'],
  [/mastodon|fediverse/i, 'mastodon'],
  [/bluesky|bsky/i, 'bluesky'],
  [/slack/i, 'slack'],
  [/we ?chat|weixin|微信|^wx$/i, 'wechat'],
  [/^qq|qq号|^qq$/i, 'qq'],
];
/** Any of the labels above, in one scan: most labels ("React", "Languages") name none. */
const ANY_LABEL_KIND = new RegExp(LABEL_KINDS.map(([pattern]) => pattern.source).join('|'), 'i');

const PHONE_TEXT = /^(?:\+|\(\+)?[\d\s().-]{7,40}$/;

const ASIDE_AFTER_ID = /\s?[(（][^()（）]{1,30}[)）]$/u;

/** A value written after a label ("Email: a@b.c", "Phone: +1 555…", "WeChat: x"); null when it is no address. */
export function classifyContactText(label: string, value: string): ContactGuess | null {
  const text = value.trim().replace(/[.;,，。]$/, '');
  if (text.length > 200) return null;
  if (/^(https?:\/\/|mailto:|tel:)/i.test(text)) {
    const guess = classifyContactUrl(text.split(/\s/)[0]!);
    // "Blog: https://x.dev" — the label says what an unknown host is.
    const named = siteNamed(label);
    return guess?.kind === 'website' && named ? { ...guess, kind: named.kind, label: named.label } : guess;
  }
  if (text.includes('@')) {
    if (EMAIL.test(text)) return mail(text);
    if (/^@[\w.]+@[\w-]+(\.[\w-]+)+$/.test(text))
      return { kind: 'mastodon', value: text, label: KIND_LABELS.mastodon };
  }
  const named = label.trim();
  if (!ANY_LABEL_KIND.test(named)) return null;
  // "微信：jane_wu88 (夜尽天明)", "QQ: 12345 (备注)": a nickname or note in brackets after the id is no part of it.
  const id = text.replace(ASIDE_AFTER_ID, '');
  const kind = LABEL_KINDS.find(([pattern]) => pattern.test(named))?.[1];
  // "+34 610 904 016" or, in a national style, "(+34) 610 904 016": one plus sign, before the country code.
  if (kind === 'phone' && PHONE_TEXT.test(text) && text.replace(/\D/g, '').length >= 7) {
    return { kind, value: text, label: KIND_LABELS.phone };
  }
  if (kind === 'qq' && /^[1-9]\d{4,11}$/.test(id)) return { kind, value: id, label: KIND_LABELS.qq };
  if (kind === 'wechat' && /^[a-zA-Z][\w-]{4,19}$/.test(id))
    return { kind, value: id, label: KIND_LABELS.wechat };
  // Handles without a URL only where the label names the service ("Discord: raj#0019", "Telegram: @raj").
  if ((kind === 'discord' || kind === 'telegram') && /^@?[\w.#-]{2,40}$/.test(id)) {
    return { kind, value: id, label: KIND_LABELS[kind] };
  }
  return null;
}
