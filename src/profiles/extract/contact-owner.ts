// ownerOf / ownsUrl: who the profile belongs to, as the tokens their own addresses carry (handle, file id,
// name run together, the user name stats cards are made for), so "janedoe.dev" and "github.com/janedoe"
// are recognised as theirs while "github.com/coauthor" is not.
import { foldText } from '../../text/fold-text.js';
import type { ImageSpot } from './contact-spots.js';
import { parsedUrl } from './contact-urls.js';

export interface OwnerHints {
  /** The profile id (the file name by default). */
  id?: string | null;
  handle?: string | null;
  name?: string | null;
}

export interface Owner {
  tokens: Set<string>;
  /** Domains of the person's own (non-webmail) e-mail addresses. */
  mailDomains: Set<string>;
  /** What `mentionsOwner` answered per address: several rules ask it of the same link. */
  mentioned: Map<string, boolean>;
}

const squash = (s: string): string => foldText(s).replace(/ /g, '');
// Stats and counter cards are made for their owner: `?username=jane`, `?user=jane`.
const USER_PARAM = /^(username|user|login|github_user)$/i;
const WEBMAIL =
  /^(gmail|googlemail|outlook|hotmail|live|yahoo|ymail|icloud|me|mac|proton|protonmail|pm|aol|gmx|mail|yandex|qq|163|126|foxmail|sina|naver|zoho|fastmail|tutanota|hey|free|orange|web|duck)\./i;

export function ownerOf(hints: OwnerHints, images: readonly ImageSpot[]): Owner {
  const tokens = new Set<string>();
  const add = (value: string | null | undefined) => {
    const token = value ? squash(value) : '';
    if (token.length >= 4) tokens.add(token);
  };
  add(hints.id);
  add(hints.handle);
  add(hints.name);
  for (const image of images) {
    if (!/[?&](username|user|login|github_user)=/i.test(image.src)) continue;
    const url = parsedUrl(image.src);
    if (!url) continue;
    for (const [key, value] of url.searchParams)
      if (USER_PARAM.test(key) && /^[\w-]{2,39}$/.test(value)) add(value);
  }
  return { tokens, mailDomains: new Set(), mentioned: new Map() };
}

export function noteOwnMail(owner: Owner, address: string): void {
  const domain = address.split('@')[1]?.toLowerCase();
  if (domain && !WEBMAIL.test(domain)) owner.mailDomains.add(domain.replace(/^www\./, ''));
}

// Cheap first test: most links don't contain any of the owner's tokens at all.
function mentionsOwner(owner: Owner, url: URL): boolean {
  if (owner.tokens.size === 0) return false;
  const href = url.href;
  let mentioned = owner.mentioned.get(href);
  if (mentioned === undefined) {
    const flat = href.toLowerCase().replace(/[^a-z0-9%]/g, '');
    mentioned = false;
    for (const token of owner.tokens) {
      if (flat.includes(surnameOf(token) ?? token) || !/^[a-z0-9]+$/.test(token)) {
        mentioned = true;
        break;
      }
    }
    owner.mentioned.set(href, mentioned);
  }
  return mentioned;
}

/** "tshemsedinov" → "shemsedinov": a handle made of an initial and a surname (long enough to be one). */
const surnameOf = (token: string): string | null => (token.length >= 7 ? token.slice(1) : null);

/** The part is the owner's: a token itself, or the same initial-and-surname handle spelled out
 *  ("tshemsedinov" ~ "shemsedinov", "timurshemsedinov"). */
function ownerPart(owner: Owner, raw: string): boolean {
  const part = squash(raw);
  if (owner.tokens.has(part)) return true;
  for (const token of owner.tokens) {
    const surname = surnameOf(token);
    if (!surname || !part.endsWith(surname)) continue;
    if (part === surname || (part.startsWith(token[0]!) && part.length - token.length <= 10)) return true;
  }
  return false;
}

/** A host label or path segment of the URL is one of the owner's tokens ("janedoe.dev", "/@janedoe"). */
export function ownsUrl(owner: Owner, url: URL): boolean {
  if (!mentionsOwner(owner, url)) return false;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const labels = host.split('.').slice(0, -1);
  const segments = url.pathname.split('/').filter(Boolean);
  return [...labels, ...segments].some((part) => ownerPart(owner, part));
}

export function ownsSegment(owner: Owner, segment: string): boolean {
  return owner.tokens.has(squash(segment));
}

/** A label of the host (not the TLD) is one of the owner's tokens ("janedoe.dev", "blog.janedoe.dev"). */
export function ownsHost(owner: Owner, url: URL): boolean {
  if (!mentionsOwner(owner, url)) return false;
  const labels = url.hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.')
    .slice(0, -1);
  return labels.some((label) => owner.tokens.has(squash(label)));
}

/** The host is the person's mail domain or a subdomain of it ("blog.janedoe.dev" for jane@janedoe.dev). */
export function onOwnMailDomain(owner: Owner, url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  for (const domain of owner.mailDomains) if (host === domain || host.endsWith(`.${domain}`)) return true;
  return false;
}
