// judgeContactLink: whether one link is a way to reach the person, and as what. Known sites count where a
// reader sees a contact (icon rows, badges, "Twitter - [name](…)", text naming the site, their own handle:
// known-site-link.ts); an unknown host counts only as their own site (own-site-link.ts).

import { askMeAnything } from './ama-contact.js';
import {
  type ContactGuess,
  classifyContactUrl,
  classifyParsedUrl,
  EMAIL,
  KIND_LABELS,
} from './classify-contact.js';
import { contactMeLink } from './contact-me-link.js';
import { ownsUrl } from './contact-owner.js';
import type { LinkSpot } from './contact-spots.js';
import { parsedUrl } from './contact-urls.js';
import { innerProfileUrl } from './doubled-url.js';
import { groupAccountLink } from './group-account-link.js';
import { junkLink } from './junk-links.js';
import { knownSiteLink } from './known-site-link.js';
import { type JudgeContext, type LinkReading, labelBefore, linkWords, showsAddress } from './link-reading.js';
import { madeOrWorkedAt } from './listed-after-cue.js';
import { neverContact } from './never-contact.js';
import { orgBadge } from './org-badge.js';
import { ownSiteLink } from './own-site-link.js';
import { serviceContact } from './service-contact.js';
import { badgeTexts, namesHost } from './service-page.js';
import { shortLinkTo } from './short-link-contact.js';

export type { JudgeContext } from './link-reading.js';

// The last word of a link's text says it is a site: "Website", "my blog", "Portfolio Website", "(German portfolio)".
const SITE_WORD =
  /(?:^|\s)(web ?site|site|blog|weblog|portfolio|home ?page|web ?page|sitio|página|portfólio|博客|ブログ|主页|个人网站|网站|ホームページ|サイト)$/iu;
// A badge that says what it links to first: "Blog: jodoe.dev" (alt), "MY BLOG" (shields text).
// "Portfolio Site", "Personal Site" (shields text) say it too.
const SITE_BADGE =
  /^(?:(?:my |personal )?(?:web ?site|blog|portfolio|home ?page)(?: (?:site|web ?site|page))?|(?:my|personal) site)(?:\s{0,2}[:：]|$)/i;
const PLAIN_SITE_LABEL = /^(my |personal |our )?(portfolio|web ?site|blog|home ?page)( web ?site)?$/i;
// The same said in a line's label in Chinese or Japanese, written without spaces ("个人博客", "我的主页").
const CJK_SITE_LABEL = /^(?:个人|我的|個人)?(?:博客|部落格|主页|主頁|网站|網站|ブログ|ホームページ)$/u;
const BARE_DOMAIN = /^(www\.)?[\w-]{1,63}(\.[\w-]{1,63}){1,4}(\/[^\s@]*)?$/i;
const FILE_NAME =
  /\.(md|markdown|html?|png|jpe?g|gif|svg|webp|pdf|txt|json|ya?ml|toml|js|ts|py|rb|go|rs|sh)$/i;
const THEME_FRAGMENT = /#gh-(?:light|dark)-mode-only$/i;

export function judgeContactLink(spot: LinkSpot, ctx: JudgeContext): ContactGuess | null {
  const label = linkWords(spot.words || spot.text);
  const guess = judgeLink(spot, ctx, label);
  return guess?.kind === 'website' ? shortLinkTo(guess, label) : guess;
}

function judgeLink(spot: LinkSpot, ctx: JudgeContext, label: string): ContactGuess | null {
  // In-page anchors and relative file links lead nowhere outside the profile.
  if (spot.url === '' || spot.url.startsWith('#')) return null;
  // "janedoe.dev" written without a scheme is still an address.
  // "#gh-light-mode-only" / "#gh-dark-mode-only" only pick the icon for GitHub's theme: not part of the address.
  const url0 = spot.url.replace(THEME_FRAGMENT, '');
  const href0 = BARE_DOMAIN.test(url0) && !FILE_NAME.test(url0) ? `https://${url0}` : url0;
  if (/^(mailto|tel):/i.test(href0) || EMAIL.test(href0)) return classifyContactUrl(href0);
  const outer = parsedUrl(href0);
  if (!outer || !/^https?:$/.test(outer.protocol)) return null;
  const href = innerProfileUrl(href0, outer.hostname);
  const url = href === href0 ? outer : parsedUrl(href);
  if (!url) return null;
  const guess = notMastodon(classifyParsedUrl(url, href), spot, url, label);
  // Logos after "Special thanks to them:" / "Sponsored by:" are the sponsors' pages, not the author's.
  if (spot.thanksList && !ownsUrl(ctx.owner, url)) return null;
  const tail = spot.before.slice(-40);
  if (junkLink(spot, tail) && !ownsUrl(ctx.owner, url)) return null;
  if (orgBadge(spot.images, url, ctx.owner) || groupAccountLink(spot, url, ctx.owner)) return null;
  const ama = askMeAnything(url, href, label, tail, ctx.owner);
  if (ama) return ama;
  const contactMe = contactMeLink(label, url, href, ctx.owner);
  if (contactMe) return contactMe;
  const onService = serviceContact(url, href, spot, guess);
  if (onService !== undefined) return onService;
  const siteWord =
    (SITE_WORD.test(label) && label.split(' ').length <= 6) ||
    spot.images.some((image) => badgeTexts(image).some((t) => SITE_BADGE.test(t.trim())));
  if (!guess) {
    // A "Portfolio" badge or link may point anywhere on the web, a repository included.
    // "Blog: https://github.com/jo/blog", "个人博客：https://…": the line's label names a repository their site.
    const before = spot.images.length > 0 ? null : labelBefore(tail);
    const siteBefore = before !== null && (PLAIN_SITE_LABEL.test(before) || CJK_SITE_LABEL.test(before));
    const named = spot.images.length > 0 ? siteWord : PLAIN_SITE_LABEL.test(label) || siteBefore;
    if (named && !neverContact(url.hostname)) {
      const shown =
        siteBefore && (label === '' || showsAddress(spot.words || spot.text, url)) ? before : label;
      return { kind: 'website', value: href, label: shown || KIND_LABELS.website };
    }
    return null;
  }
  const reading: LinkReading = {
    spot,
    ctx,
    href,
    url,
    guess,
    label,
    // The visible words alone: the label is made of them whenever there are any.
    words: spot.words ? label : '',
    tail,
    iconic: spot.images.length > 0 || label === '',
    inContactPlace: spot.section.kind === 'contact' || spot.contactList,
  };
  if (guess.kind !== 'website') return knownSiteLink(reading);
  // "I created [FastAPI](…), [Typer](…)", "CEO & Founder [Acme](…)": their project or company, not them.
  return madeOrWorkedAt(spot.before) && !siteWord ? null : ownSiteLink(reading, siteWord);
}

/**
 * "/@name" on a host the site table doesn't know is read as a Mastodon instance; when the link's words or
 * badge name the host's own service instead ("[Product Hunt](https://producthunt.com/@jo)"), it is that
 * service's profile.
 */
function notMastodon(
  guess: ContactGuess | null,
  spot: LinkSpot,
  url: URL,
  label: string,
): ContactGuess | null {
  if (guess?.kind !== 'mastodon') return guess;
  const texts = [label, ...spot.images.flatMap((image) => badgeTexts(image))];
  if (texts.some((t) => /mastodon|fediverse|toot/i.test(t)) || !texts.some((t) => namesHost(t, url.hostname)))
    return guess;
  return { kind: 'other', value: guess.value, label: url.hostname.replace(/^www\./, '') };
}
