// judgeContactLink: whether one link is a way to reach the person, and as what. Known sites count where a
// reader sees a contact (icon rows, badges, "Twitter - [name](…)", text naming the site, their own handle);
// an unknown host counts only as their own site (own-site-link.ts).

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
import { siteNamed } from './contact-sites.js';
import type { LinkSpot } from './contact-spots.js';
import { parsedUrl } from './contact-urls.js';
import { innerProfileUrl } from './doubled-url.js';
import { groupAccountLink } from './group-account-link.js';
import { junkLink } from './junk-links.js';
import { CONTACT_CUE } from './lead-in.js';
import {
  greetingLink,
  type JudgeContext,
  type LinkReading,
  labelBefore,
  linkWords,
  showsAddress,
  someoneElse,
} from './link-reading.js';
import { madeOrWorkedAt } from './listed-after-cue.js';
import { labelsNameSite } from './messenger-phone.js';
import { myChannelLink } from './my-channel-link.js';
import { neverContact } from './never-contact.js';
import { orgBadge } from './org-badge.js';
import { namesOtherAccount } from './other-account-text.js';
import { ownSiteLink } from './own-site-link.js';
import { selfRoleLink } from './self-role-link.js';
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
const JOIN_TAIL = /\bjoin\s{1,2}(?:the\s{1,2}|us\s{1,2}(?:on|at)\s{1,2})?$/i;
const JOIN_BADGE =
  /^\s?(?:join(?!\p{L})|加入)[\s-]?(?!(?:me|my|us|discord|server|chat)\b)[「『"“]?[\p{L}\p{N}]/iu;
const FIRST_PERSON_TAIL = /\b(me|my|i|i'm|i am|mine)\b/i;
// "I lead [Acme](github.com/acme)", "member of the [X] team", "maintainer of [Y]": a group they are in.
const GROUP_TAIL =
  /\b(?:i\s(?:lead|co-?lead|run|maintain|organi[sz]e)|(?:member|maintainers?|part|core team|lead)\sof|contribut(?:e|ing|or)\sto)\s(?:the\s)?$/i;

const names = (text: string, guess: ContactGuess): boolean => siteNamed(text)?.label === guess.label;

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

/** A link to a known site (LinkedIn, X, GitHub, …): a contact where a reader sees one. */
function knownSiteLink(r: LinkReading): ContactGuess | null {
  const { spot, guess, words, tail, iconic, inContactPlace } = r;
  if (someoneElse(r)) return null;
  // "Also join [IEEE at UCLA](https://discord.gg/…)": an invitation to a community's server, not to them.
  if (
    guess.kind === 'discord' &&
    JOIN_TAIL.test(tail) &&
    words !== '' &&
    !/\b(?:my|me)\b|discord/i.test(words)
  )
    return null;
  // A badge saying so ("Join「浮之静」", "join-Rustaceans CN") invites to a named community's server too.
  if (
    guess.kind === 'discord' &&
    spot.images.some((image) => badgeTexts(image).some((t) => JOIN_BADGE.test(t)))
  )
    return null;
  if (!ownsUrl(r.ctx.owner, r.url) && namesOtherAccount(spot.words)) return null;
  // A code host's page listed under "Organizations I contribute to:" or after "I lead": a group, not them.
  const codeHost = guess.kind === 'github' || guess.kind === 'gitlab';
  if (
    codeHost &&
    (spot.orgList || GROUP_TAIL.test(tail) || madeOrWorkedAt(spot.before)) &&
    !ownsUrl(r.ctx.owner, r.url)
  )
    return null;
  // Only visible words become the label: alt text is often copied from another badge ("Medium" on LinkedIn).
  const mentioned = words !== '' && names(words, guess);
  const namedLabel = mentioned && words.split(' ').length <= 3 ? words : null;
  const beforeLabel = labelBefore(tail);
  const namedBefore = beforeLabel && names(beforeLabel, guess) ? beforeLabel : null;
  const seen =
    iconic ||
    mentioned ||
    namedBefore !== null ||
    ownsUrl(r.ctx.owner, r.url) ||
    labelsNameSite(spot.words, guess.kind);
  const ok =
    guess.kind === 'github'
      ? seen || inContactPlace || greetingLink(r)
      : seen ||
        showsAddress(spot.words, r.url) ||
        inContactPlace ||
        spot.inHeading ||
        CONTACT_CUE.test(tail) ||
        // "I'm [@jane](…)", "ping me [@jane](…)": their handle, shown as one, after words about themselves.
        (/^@[\w.-]+$/.test(words) && FIRST_PERSON_TAIL.test(tail)) ||
        names(tail, guess) ||
        myChannelLink(tail, spot.words, guess.label) ||
        selfRoleLink(r.spot.before, words);
  return ok ? { ...guess, label: namedBefore ?? namedLabel ?? guess.label } : null;
}
