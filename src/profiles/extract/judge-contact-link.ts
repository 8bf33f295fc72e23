// judgeContactLink: whether one link is a way to reach the person, and as what. Known sites count where a
// reader sees a contact (icon rows, badges, "Twitter - [name](…)", text naming the site, their own handle);
// an unknown host counts only as their own site (their name in it, "my blog", a linked greeting or header).

import { askMeAnything } from './ama-contact.js';
import {
  type ContactGuess,
  classifyContactUrl,
  classifyParsedUrl,
  EMAIL,
  KIND_LABELS,
} from './classify-contact.js';
import { type Owner, onOwnMailDomain, ownsHost, ownsSegment, ownsUrl } from './contact-owner.js';
import { neverContact, siteNamed } from './contact-sites.js';
import { CONTACT_CUE, type LinkSpot } from './contact-spots.js';
import { junkLink } from './junk-links.js';
import { myChannelLink } from './my-channel-link.js';
import { namesOtherAccount } from './other-account-text.js';
import { blogLink, shortLinkGuess, siteLabelled } from './own-link-shapes.js';
import { serviceContact } from './service-contact.js';
import { shortLinkTo } from './short-link-contact.js';

// The last word of a link's text says it is a site: "Website", "my blog", "Portfolio Website", "(German portfolio)".
const SITE_WORD =
  /(?:^|\s)(web ?site|site|blog|weblog|portfolio|home ?page|web ?page|sitio|página|portfólio|博客|ブログ|主页|个人网站|网站|ホームページ|サイト)$/iu;
const PLAIN_SITE_LABEL = /^(my |personal |our )?(portfolio|web ?site|blog|home ?page)( web ?site)?$/i;
const MY_HINT = /\b(my|personal|own|mon|mi|meu|mein)\b|我的|个人/i;
const MY_SITE =
  /\b(my|personal|own)\b[^.]{0,25}?\b(web ?site|site|blog|portfolio|home ?page)\b(?! ?posts?)|\bmon (site|blog)\b|\bmi (sitio|blog|web)\b|\bmeu (site|blog)\b|\bmein (blog|webseite)\b|我的博客|个人博客/iu;
// Text that hands the link to someone else: "made with ❤ by", "photos posted by", "thanks to", "together with".
const ATTRIBUTION =
  /\b(by|thanks?( to)?|credits?( to)?|forked from|together with|courtesy of|von|par|por)\s?[:-]?\s?$/iu;
const AVATAR =
  /avatars\.githubusercontent\.com|github\.com\/[\w-]+\.png|gravatar\.com|contrib\.rocks|opencollective\.com/i;
// Avatar copies on numbered GitHub hosts and avatar proxies (sponsor and follower walls).
const AVATAR_HOSTS = /avatars\d{1,2}\.githubusercontent\.com|unavatar\.io/i;
const BARE_DOMAIN = /^(www\.)?[\w-]{1,63}(\.[\w-]{1,63}){1,4}(\/[^\s@]*)?$/i;
const FILE_NAME =
  /\.(md|markdown|html?|png|jpe?g|gif|svg|webp|pdf|txt|json|ya?ml|toml|js|ts|py|rb|go|rs|sh)$/i;
const NEWSLETTER = /\bnewsletter$/i;
const OWN_TAIL = /\b(?:my|our|i (?:have|run|write|publish|send))\b[^.!?]{0,25}$/i;
const THEME_FRAGMENT = /#gh-(?:light|dark)-mode-only$/i;
const FIRST_PERSON_TAIL = /\b(me|my|i|i'm|i am|mine)\b/i;
const BLOG_CUE = /\b(blog|posts?|articles?|writ(e|ing)|read more|more at|visit|til)\b/i;
const WEBSITES_SECTION = /\b(web ?sites?|sites|links|homepages?|blogs?|elsewhere)\b/i;
const FIRST_PERSON = /\b(my|mine|own|personal)\b|\bmon\b|\bmi\b|\bmeu\b|\bmein\b/i;

// Emoji and decoration out, words kept; ASCII text (most link texts) skips the slower Unicode classes.
const clean = (text: string): string =>
  (/^[\x20-\x7e]*$/.test(text)
    ? text.replace(/[^A-Za-z0-9\s./@'&+-]/g, ' ')
    : text.replace(/[^\p{L}\p{N}\s./@'&+-]/gu, ' ')
  )
    .replace(/\s+/g, ' ')
    .trim();

/** The label a line gives just before the link: "🐦 Twitter - [name](…)", "GitHub: https://…". */
function labelBefore(tail: string): string | null {
  const text = tail.trimEnd();
  const sep = text.at(-1);
  if (sep !== ':' && sep !== '：' && sep !== '-') return null;
  const head = text.slice(0, -1).trimEnd();
  let start = -1;
  for (const c of '|•·,;()[]') start = Math.max(start, head.lastIndexOf(c));
  const label = head
    .slice(start + 1)
    .replace(/^[^\p{L}]+/u, '')
    .trim();
  return label && label.length <= 30 ? label : null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A site's home, or one short page of it ("/cv/", "/about"): not a post, feed, file or filtered listing. */
function rootish(url: URL): boolean {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length > 1 || url.search) return false;
  const segment = segments[0] ?? '';
  return !/\.\w{2,4}$/.test(segment) && (segment.match(/-/g)?.length ?? 0) < 3;
}

/** The link text shows the address itself ("janedoe.dev", "dev.to/janedoe", "https://…"). */
function showsAddress(words: string, url: URL): boolean {
  const shown = words
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/(?<!\/)\/+$/, '');
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return (
    shown.length > 0 && (shown === host || shown === `${host}${url.pathname}`.replace(/(?<!\/)\/+$/, ''))
  );
}

/** Someone else's: an avatar on a contributor wall, "made by [x](…)" — unless it is the owner's own address. */
function someoneElse(spot: LinkSpot, tail: string, owner: Owner, url: URL): boolean {
  const avatar = spot.images.some((i) => AVATAR.test(i.src) || AVATAR_HOSTS.test(i.src));
  return (avatar || ATTRIBUTION.test(tail)) && !ownsUrl(owner, url);
}

/** "Hi, I'm [Jane](…)" in the greeting heading: the name links to the person; anything after "engineer at …"
 *  is about someone else (an employer, a team). */
function greetingLink(spot: LinkSpot, ctx: JudgeContext, tail: string): boolean {
  return (
    spot.inHeading &&
    spot.section.id === ctx.firstSection?.id &&
    !spot.words.trim().startsWith('@') &&
    !/\b(at|with|for|of|by)\b|[@＠]/i.test(tail)
  );
}

function names(text: string, guess: ContactGuess): boolean {
  return siteNamed(text)?.label === guess.label;
}

export interface JudgeContext {
  owner: Owner;
  /** The section whose heading is the document's first (the title or greeting). */
  firstSection: DocSectionLike | null;
  /** The first block of the document: a linked banner or avatar there is the person's. */
  firstLine: number | null;
}

interface DocSectionLike {
  id: string;
}

export function judgeContactLink(spot: LinkSpot, ctx: JudgeContext): ContactGuess | null {
  const guess = judgeLink(spot, ctx);
  return guess?.kind === 'website' ? shortLinkTo(guess, clean(spot.words || spot.text)) : guess;
}

function judgeLink(spot: LinkSpot, ctx: JudgeContext): ContactGuess | null {
  // In-page anchors and relative file links lead nowhere outside the profile.
  if (spot.url === '' || spot.url.startsWith('#')) return null;
  // "janedoe.dev" written without a scheme is still an address.
  // "#gh-light-mode-only" / "#gh-dark-mode-only" only pick the icon for GitHub's theme: not part of the address.
  const url0 = spot.url.replace(THEME_FRAGMENT, '');
  const href = BARE_DOMAIN.test(url0) && !FILE_NAME.test(url0) ? `https://${url0}` : url0;
  if (/^(mailto|tel):/i.test(href) || EMAIL.test(href)) return classifyContactUrl(href);
  const url = parse(href);
  if (!url || !/^https?:$/.test(url.protocol)) return null;
  const guess = classifyParsedUrl(url, href);
  const label = clean(spot.words || spot.text);
  const tail = spot.before.slice(-40);
  if (junkLink(spot, tail) && !ownsUrl(ctx.owner, url)) return null;
  const ama = askMeAnything(url, href, label, tail, ctx.owner);
  if (ama) return ama;
  const onService = serviceContact(url, href, spot, guess);
  if (onService !== undefined) return onService;
  const siteWord = SITE_WORD.test(label) && label.split(' ').length <= 6;
  if (!guess) {
    // A "Portfolio" badge or link may point anywhere on the web, a repository included.
    const named = spot.images.length > 0 ? siteWord : PLAIN_SITE_LABEL.test(label);
    if (named && !neverContact(url.hostname)) {
      return { kind: 'website', value: href, label: label || KIND_LABELS.website };
    }
    return null;
  }
  const iconic = spot.images.length > 0 || label === '';
  const inContactPlace = spot.section.kind === 'contact' || spot.contactList;
  if (guess.kind !== 'website') {
    if (someoneElse(spot, tail, ctx.owner, url)) return null;
    const owned = ownsUrl(ctx.owner, url);
    if (!owned && namesOtherAccount(spot.words)) return null;
    // Only visible words become the label: alt text is often copied from another badge ("Medium" on LinkedIn).
    const words = clean(spot.words);
    const mentioned = words !== '' && names(words, guess);
    const namedLabel = mentioned && words.split(' ').length <= 3 ? words : null;
    const beforeLabel = labelBefore(tail);
    const namedBefore = beforeLabel && names(beforeLabel, guess) ? beforeLabel : null;
    const shown = showsAddress(spot.words, url);
    const cue = inContactPlace || CONTACT_CUE.test(tail) || spot.inHeading;
    // "I'm [@jane](…)", "ping me [@jane](…)": their handle, shown as one, after words about themselves.
    const ownHandle = /^@[\w.-]+$/.test(words) && FIRST_PERSON_TAIL.test(tail);
    const ok =
      guess.kind === 'github'
        ? owned ||
          iconic ||
          mentioned ||
          namedBefore !== null ||
          inContactPlace ||
          greetingLink(spot, ctx, tail)
        : owned ||
          iconic ||
          mentioned ||
          namedBefore !== null ||
          shown ||
          cue ||
          ownHandle ||
          names(tail, guess) ||
          myChannelLink(tail, spot.words, guess.label);
    return ok ? { ...guess, label: namedBefore ?? namedLabel ?? guess.label } : null;
  }
  if (siteWord) return { ...guess, label: label.length <= 30 ? label : KIND_LABELS.website };
  // "I have a [weekly newsletter](…)", "my [newsletter](…)": the author's own, on any host.
  if (NEWSLETTER.test(label) && OWN_TAIL.test(tail)) return { ...guess, label: 'Newsletter' };
  // "[Melvynx](https://mlv.sh)": their name or handle as the text of a site's home is their site.
  if (url.pathname === '/' && !url.search && label && ownsSegment(ctx.owner, label))
    return { ...guess, label: KIND_LABELS.website };
  const short = spot.section.kind === 'projects' ? null : shortLinkGuess(url, href, clean(spot.words));
  if (short) return short;
  if (siteLabelled(labelBefore(tail)) && rootish(url)) return { ...guess, label: KIND_LABELS.website };
  const blog = blogLink(clean(spot.words), url);
  if (blog) return { ...guess, value: blog === url.href ? href : blog, label: KIND_LABELS.website };
  // "his talks at samroe.com/talks": a page on their own domain written out in a sentence (a list item that
  // starts with one is a project page).
  const inSentence = /\p{L}/u.test(tail) && spot.section.kind !== 'projects';
  if (inSentence && showsAddress(spot.words, url) && ownsHost(ctx.owner, url) && rootish(url))
    return { ...guess, label: KIND_LABELS.website };
  // Their name as the page on a service we don't know ("codesandbox.io/u/janedoe") is a profile there.
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  if (last && !url.search && !ownsHost(ctx.owner, url) && ownsSegment(ctx.owner, last))
    return { kind: 'other', value: href, label: url.hostname.replace(/^www\./, '') };
  if (!rootish(url) || someoneElse(spot, tail, ctx.owner, url)) return null;
  // "my blog", "(my company)" under a Websites heading: the person's site when it is a site's home.
  const words = `${tail} ${label}`;
  const mySite =
    (MY_HINT.test(words) && MY_SITE.test(words)) ||
    (WEBSITES_SECTION.test(spot.section.title) && FIRST_PERSON.test(label));
  if (mySite) return { ...guess, label: KIND_LABELS.website };
  // A card served by the site it links to (now playing, latest post) is a widget, not an address.
  if (spot.images.some((i) => parse(i.src)?.hostname === url.hostname)) return null;
  const home = url.pathname === '/' && !url.search;
  if (home && (ownsHost(ctx.owner, url) || onOwnMailDomain(ctx.owner, url)))
    return { ...guess, label: KIND_LABELS.website };
  const first = greetingLink(spot, ctx, tail);
  const banner = iconic && spot.line !== null && spot.line === ctx.firstLine;
  if (first || banner) return { ...guess, label: KIND_LABELS.website };
  if (spot.section.kind === 'projects' || spot.section.kind === 'experience') return null;
  if (inContactPlace) return { ...guess, label: KIND_LABELS.website };
  if (showsAddress(spot.words, url) && (spot.inHeading || BLOG_CUE.test(tail)))
    return { ...guess, label: KIND_LABELS.website };
  return null;
}
