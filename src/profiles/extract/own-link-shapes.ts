// Shapes of the person's own links that the known-site table cannot see: a redirect on their short-link
// domain whose path names the network ("jane.page/linkedin", "jane.link/tw"), a "Website:"/"Homepage:"
// label before a link to any address (a bare IP included), and a link whose words say it is their blog
// ("my latest blog post", "Latest blog posts") to the blog or a listing of it (`?tag=…`).
import type { ContactKind } from '../model/profile.js';
import { type ContactGuess, KIND_LABELS } from './classify-contact.js';
import { siteNamed } from './contact-sites.js';

// Path words (and common short forms) that name the network a redirect leads to.
const PATH_KINDS: Record<string, ContactKind> = {
  linkedin: 'linkedin',
  li: 'linkedin',
  twitter: 'x',
  tw: 'x',
  x: 'x',
  github: 'github',
  gh: 'github',
  gitlab: 'gitlab',
  youtube: 'youtube',
  yt: 'youtube',
  instagram: 'instagram',
  insta: 'instagram',
  ig: 'instagram',
  facebook: 'facebook',
  fb: 'facebook',
  mastodon: 'mastodon',
  bluesky: 'bluesky',
  bsky: 'bluesky',
  telegram: 'telegram',
  tg: 'telegram',
  discord: 'discord',
  twitch: 'twitch',
  reddit: 'reddit',
  medium: 'medium',
  devto: 'devto',
  substack: 'substack',
  stackoverflow: 'stackoverflow',
  kaggle: 'kaggle',
  leetcode: 'leetcode',
  codepen: 'codepen',
};

const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** "[LinkedIn](https://jane.page/linkedin)": the network a one-segment redirect on an unknown host names. */
export function shortLinkGuess(url: URL, href: string, words: string): ContactGuess | null {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length !== 1 || url.search) return null;
  const segment = segments[0]!.toLowerCase();
  const byPath = PATH_KINDS[segment];
  const named = siteNamed(words);
  const namedKind = named && named.kind !== 'other' && named.kind !== 'website' ? named.kind : undefined;
  // "[Project Starline](https://blog.google/x)": words that name something else make the path a page, not a
  // redirect; an icon (no words), the network's name or a bare path word ("/linkedin") is one.
  const otherWords = words.trim() !== '' && !named && segment.length <= 2;
  if (byPath && !otherWords && (!named || namedKind === byPath))
    return { kind: byPath, value: href, label: KIND_LABELS[byPath] };
  // "[Twitter](https://jane.page/tw)": a short code, the text names the network.
  if (namedKind && segment.length <= 4 && /^[a-z]+$/.test(segment))
    return { kind: namedKind, value: href, label: KIND_LABELS[namedKind] };
  // "[Unsplash](https://jane.page/unsplash)": a network the table knows by name only, spelled out in the path.
  if (named && named.kind === 'other' && squash(named.label) === squash(segment))
    return { kind: 'other', value: href, label: named.label };
  return null;
}

const SITE_LABEL =
  /^(?:(?:my|mi|mon|ma|meu|minha|mein|meine)\s|personal\s)?(?:web ?site|site|home ?page|homepage|blog|portfolio|web|works|sitio(?: web)?|página|portfólio|portafolio|博客|主页|个人网站|网站|作品|作品集)$/iu;

/** The label a line gives just before the link names a site: "Website: [x](…)", "Homepage - http://…". */
export function siteLabelled(labelBefore: string | null): boolean {
  return labelBefore !== null && SITE_LABEL.test(labelBefore.trim());
}

const BLOG_WORDS =
  /^(?:(?:my|the|our)\s)?(?:(?:latest|recent|newest|new)\s)?(?:blog|tech blog|dev blog)(?:\s(?:posts?|articles?|entries))?$|^(?:my\s)?(?:latest|recent|newest)\s(?:posts?|articles?|writing)$/i;
const LISTING = /^(?:blog|posts?|articles?|writing|notes|tags?|categor(?:y|ies))$/i;

/**
 * The blog a link's words name ("Latest blog posts", "my latest blog post"): the URL itself when it is the
 * blog's home or a listing of it, the blog's home when it is one post; null for any other link.
 */
export function blogLink(words: string, url: URL): string | null {
  if (!BLOG_WORDS.test(words.trim())) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length === 0 || (segments.length === 1 && LISTING.test(segments[0]!))) return url.href;
  return segments.length <= 4 ? url.origin : null;
}

const DOMAIN_TEXT = /^(?:www\.)?([a-z0-9][\w-]{0,62}(?:\.[a-z0-9][\w-]{0,62}){1,3})\/?$/i;

/**
 * A badge whose text is a domain and that links to that domain ("badge/jane.dev-green" → jane.dev), or to a
 * deploy named after it ("badge/-jane.dev-…" → jane-dev.vercel.app): the badge names the site it opens.
 */
export function badgeNamesSite(texts: readonly string[], url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const first = host.split('.')[0]!;
  return texts.some((text) => {
    const domain = DOMAIN_TEXT.exec(text.trim())?.[1]?.toLowerCase();
    if (!domain || !/\.[a-z]{2,}$/.test(domain)) return false;
    return domain === host || (first.includes('-') && squash(domain) === squash(first));
  });
}
