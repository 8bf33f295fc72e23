// A link to the person's own page on a service ("peerlist.io/jo", "xing.com/profile/Jo_Doe/cv",
// "line.me/ti/p/~jo"): profile-shaped paths, the service named by the badge that wraps the link, and the
// donation pages that are never a way to reach someone.
import { lookupTechnology } from '../vocabulary/tech-vocabulary.js';
import { parsedUrl } from './contact-urls.js';
import { decodeOrKeep } from './decode-or-keep.js';
import { iconUrlIds } from './icon-url-skills.js';

// Paths that hold a user's page on most services: /profile/x, /users/x, /u/x, /~x, /@x, "User:x" wiki pages.
const PROFILE_PATH =
  /^\/(?:(?:profiles?|profil|users?|u|people|members?|id|author|ti\/p)\/[~@]?[\w.%-]{2,60}|[~@][\w.-]{2,60}|wiki\/(?:user|benutzer|utilisateur|usuario|usuário|utente|gebruiker|użytkownik|участник|用户|利用者):[^/]{2,60})(?:\/[\w.-]{1,30})?\/?$/iu;
// A member's page in a vendor's expert programme ("mvp.microsoft.com/en-us/PublicProfile/5003728",
// "docker.com/captains/jo-doe", "…/community/heroes/jo-doe"): about the person, under a locale or a section.
const PROGRAMME_PATH =
  /^\/(?:[\w-]{2,20}\/){0,3}(?:publicprofile|captains|heroes|champions|ambassadors|experts)\/[\w.%-]{2,60}\/?$/i;
// Donation and membership pages: paying someone is no way to reach them.
const SPONSOR_HOST =
  /(?:^|\.)(?:afdian\.(?:com|net)|ko-fi\.com|buymeacoffee\.com|patreon\.com|liberapay\.com|opencollective\.com|paypal\.(?:me|com)|trakteer\.id|saweria\.co|polar\.sh|boosty\.to|donationalerts\.com|thanks\.dev)$/i;

// One-segment pages of a technology's own site that a skill badge may link to: docs, downloads, a locale.
const SITE_PAGE =
  /^(?:docs?|documentation|learn|learning|downloads?|get-?started|getting-?started|start|guides?|about|products?|features|pricing|blog|community|tutorials?|install(?:ation)?|reference|api|home|index|manual|portfolio|resume|cv|projects|work|contact|uses|now|talks|speaking|[a-z]{2}(?:-[a-z]{2,4})?)$/i;

/** The account of a one-segment page ("kick.com/jo" → "jo"), lower-cased; null for a site page or a file. */
export function accountSegment(url: URL): string | null {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length !== 1 || url.search) return null;
  const account = segments[0]!.replace(/^[@~]/, '').toLowerCase();
  return account.length < 3 || account.length > 40 || account.includes('.') || SITE_PAGE.test(account)
    ? null
    : account;
}

/** The name a host is known by: its label before the public suffix ("open.spotify.com" → "spotify"). */
function hostName(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const short = labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(labels.at(-2)!);
  return labels.at(short ? -3 : -2) ?? labels[0] ?? '';
}

export function isSponsorPage(url: URL): boolean {
  return SPONSOR_HOST.test(url.hostname) || /^\/sponsors\//i.test(url.pathname);
}

export function profileShaped(url: URL): boolean {
  const path = decodeOrKeep(url.pathname);
  return path.length <= 120 && (PROFILE_PATH.test(path) || PROGRAMME_PATH.test(path));
}

/** The text names the service the host belongs to ("Spotify" on open.spotify.com, "LINE" on line.me). */
export function namesHost(text: string, host: string): boolean {
  const name = hostName(host);
  if (name.length < 2) return false;
  const tech = lookupTechnology(text.trim());
  const keys = tech ? [tech.name, tech.slug ?? '', ...tech.aliases] : [text];
  return keys.some((k) => {
    const key = k.toLowerCase().replace(/[\s._-]+/g, '');
    return key.length >= 2 && (key === name || (name.startsWith(key) && name.length - key.length <= 2));
  });
}

/** What a badge image shows: its alt, title, and a shields.io badge's texts ("Kick", "Peerlist-jo", "Docker Captain"). */
export function badgeTexts(image: { src: string; alt: string; title: string | null }): string[] {
  const badge = /\/badge\/([^/?]{1,120})/i.exec(image.src);
  const shown = badge
    ? decodeOrKeep(badge[1]!)
        .replace(/_/g, ' ')
        .replace(/^[^\p{L}\p{N}]+/u, '')
    : '';
  const label = shown.split(/-(?!-)/)[0] ?? '';
  return [image.alt, image.title ?? '', label, shown].filter((t) => t.trim());
}

/**
 * A one-segment page ("kick.com/jo") behind a badge is the person's account there when the badge shows that
 * account ("Peerlist-jo", no technology's name) or nothing but the service's name ("Kick");
 * "Docker Captain" → docker.com/captains is a programme page.
 */
export function badgeShowsAccount(
  image: { src: string; alt: string; title: string | null },
  url: URL,
): boolean {
  const account = accountSegment(url);
  if (!account || productLogo(image.src, account)) return false;
  const texts = badgeTexts(image);
  if (texts.some((t) => namesHost(t, url.hostname))) return true;
  return texts.join(' ').toLowerCase().includes(account) && !lookupTechnology(account);
}

/** A logo file named for a product that includes the segment ("aws-glue.svg" → aws.amazon.com/glue/): the
 *  product's page behind its logo in a tools row, not an account (an avatar named for the handle is kept). */
function productLogo(src: string, account: string): boolean {
  const icon = parsedUrl(src);
  const ids = icon ? (iconUrlIds(icon)?.ids ?? []) : [];
  return ids.some((id) => {
    const key = id.toLowerCase();
    return key !== account && key.split(/[\s._+-]+/).includes(account);
  });
}
