// ownSiteLink: whether a link to a host the known-site table does not know is the person's own site (or a
// profile on an unknown service): their name in the address, "my blog", a "Website:" label, a newsletter of
// theirs, a linked greeting or header — never a project, a post, a widget or an employer.

import type { ContactGuess } from './classify-contact.js';
import { KIND_LABELS } from './classify-contact.js';
import { onOwnMailDomain, ownsHost, ownsSegment } from './contact-owner.js';
import { parsedUrl } from './contact-urls.js';
import { describedSiteLabel } from './described-site-label.js';
import {
  greetingLink,
  type LinkReading,
  labelBefore,
  openingAvatar,
  showsAddress,
  someoneElse,
} from './link-reading.js';
import { badgeNamesSite, blogLink, shortLinkGuess, siteLabelled } from './own-link-shapes.js';
import { badgeTexts } from './service-page.js';

const MY_HINT = /\b(my|personal|own|mon|mi|meu|mein)\b|我的|个人/i;
const MY_SITE =
  /\b(my|personal|own)\b[^.]{0,25}?\b(web ?site|site|blog|portfolio|home ?page)\b(?! ?posts?)|\bmon (site|blog)\b|\bmi (sitio|blog|web)\b|\bmeu (site|blog)\b|\bmein (blog|webseite)\b|我的博客|个人博客/iu;
// A lead-in before a colon that says the site is theirs: "I have a private site", "my personal blog".
const OWN_SITE_LEAD =
  /\b(?:my|our|i\s(?:have|run|keep)\s(?:an?|my))\s(?:[\p{L}-]{1,20}\s){0,2}(?:web ?site|site|blog|home ?page|portfolio|web ?page)$/iu;
const OWN_SITE_AFTER =
  /^[\s|,:–—-]{0,8}(?:(?:my|mon|ma|mi|meu|minha|mein|meine)\s{1,3}|([\p{L}\p{N}_.-]{2,39})(?:['’]s\s{1,3}|的))[^.!?|]{0,16}?(?:web ?site|site|blog|home ?page|网站|站|博客|主页|ブログ|サイト)(?!\p{L})/iu;
// "my company's site", "my project's website": a site of something they have, not their own.
const OTHERS_SITE = /company|project|team|client|employer|startup|product|公司|项目|項目/iu;
const NEWSLETTER = /\b(?:newsletter|podcast)$/i;
// "[More about me →](https://jo.info)": a link that says it leads to more about the author.
const ABOUT_ME = /^(?:(?:read|learn|find out|see|know)\s+)?(?:more\s+)?about\s+me\b/i;
// Query keys that only say where the click came from ("?ref=gh", "?utm_source=github").
const TRACKING_KEY = /^(?:ref|source|src|from|utm_\w+)$/i;
const OWN_TAIL = /\b(?:my|our|i (?:have|run|write|publish|send))\b[^.!?]{0,25}$/i;
const BLOG_CUE = /\b(blog|posts?|articles?|writ(e|ing)|read more|more at|visit|til)\b/i;
const WEBSITES_SECTION = /\b(web ?sites?|sites|links|homepages?|blogs?|elsewhere)\b/i;
// "📫 How to reach me [Resume](…)": the link the line offers as the way to reach them.
const REACH_ME =
  /\b(?:how to reach me|reach me|contact me|get in touch(?: with me)?)(?:\s(?:at|on|via|through))?\s?[:：-]?\s?$/i;
const SITE_PAGE =
  /^\/(?:[\w-]{0,30}[_-])?(?:web_?site|portfolio|home_?page|personal_?site|resume|cv)(?:[_-][\w-]{0,30})?\/?$/i;
const FIRST_PERSON = /\b(my|mine|own|personal)\b|\bmon\b|\bmi\b|\bmeu\b|\bmein\b/i;

/** A site's home, or one short page of it ("/cv/", "/about"): not a post, feed, file or filtered listing. */
function rootish(url: URL): boolean {
  const segments = url.pathname.split('/').filter(Boolean);
  if (segments.length > 1 || (url.search && ![...url.searchParams.keys()].every((k) => TRACKING_KEY.test(k))))
    return false;
  const segment = segments[0] ?? '';
  return !/\.\w{2,4}$/.test(segment) && (segment.match(/-/g)?.length ?? 0) < 3;
}

/** "[Image Overlay Generator](https://image-overlay-generator.jo.dev/)": a sub-domain named after the
 *  project the link's words name (two words or more) is that project's page, not the person's site. */
function namedAfterProject(url: URL, words: string): boolean {
  const labels = url.hostname.split('.');
  if (labels.length < 3 || words.split(/\s+/).length < 2) return false;
  const fold = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const label = fold(labels[0]!);
  // "alt-text-generator" for "Alt Text Generator API": the slug may leave a last word out.
  return label === fold(words) || (labels[0]!.includes('-') && fold(words).startsWith(label));
}

/** The link as the person's site ('website', or 'other' for their page on an unknown service), or null.
 *  `siteWord`: the link's last word says it is a site ("my blog", "Portfolio Website"). */
export function ownSiteLink(r: LinkReading, siteWord: boolean): ContactGuess | null {
  const { spot, ctx, url, href, guess, label, tail } = r;
  if (siteWord) return { ...guess, label: label && label.length <= 30 ? label : KIND_LABELS.website };
  // "I have a [weekly newsletter](…)", "my [newsletter](…)": the author's own, on any host.
  const own = NEWSLETTER.exec(label);
  if (own && OWN_TAIL.test(tail))
    return { ...guess, label: own[0].toLowerCase() === 'podcast' ? 'Podcast' : 'Newsletter' };
  if (ABOUT_ME.test(label) && rootish(url)) return { ...guess, label: KIND_LABELS.website };
  // "[![](…/badge/jane.dev-green)](https://jane.dev)": a badge whose own text reads as the address it opens
  // (an alt text alone is a card's caption: a project's stamp says its domain too).
  // The cheap conditions first: reading every badge of the spot is the costly one.
  const badgeSite =
    spot.images.length > 0 &&
    spot.section.kind !== 'projects' &&
    rootish(url) &&
    spot.images.some((i) => badgeNamesSite(badgeTexts({ src: i.src, alt: '', title: '' }), url));
  if (badgeSite) return { ...guess, label: KIND_LABELS.website };
  // "[Melvynx](https://mlv.sh)": their name or handle as the text of a site's home is their site.
  if (url.pathname === '/' && !url.search && label && ownsSegment(ctx.owner, label))
    return { ...guess, label: KIND_LABELS.website };
  const short = spot.section.kind === 'projects' ? null : shortLinkGuess(url, href, r.words);
  if (short) return short;
  const before = labelBefore(tail);
  // "Website: [x](…)", "I have a private site: [Personal-Web](http://203.0.113.7:5000/)".
  const labelled = siteLabelled(before) || describedSiteLabel(before);
  if ((labelled || (before !== null && OWN_SITE_LEAD.test(before))) && rootish(url))
    return { ...guess, label: KIND_LABELS.website };
  // "🎨 My Portfolio" on the line above, the bare address alone on its own line below it.
  const above = spot.above
    .replace(/^[^\p{L}]+/u, '')
    .trimEnd()
    .replace(/[:：-]$/, '')
    .trimEnd();
  if (above && siteLabelled(above) && (rootish(url) || ownsHost(ctx.owner, url)))
    return { ...guess, label: KIND_LABELS.website };
  // "## Personal Website" then `<https://jane.dev/>` (or "[jane.dev](…)") alone on its line: the heading is
  // the address's label, as "Website:" before it would be.
  const alone = !/[\p{L}\p{N}]/u.test(tail) && !/[\p{L}\p{N}]/u.test(spot.after);
  if (alone && showsAddress(spot.words, url) && siteLabelled(spot.section.title) && rootish(url))
    return { ...guess, label: KIND_LABELS.website };
  const blog = blogLink(r.words, url);
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
  if (!rootish(url) || someoneElse(r)) return null;
  // "| [V2 Site](https://v2.example) | zhaoolee的资源网站 |", "[x](…) — my personal blog": the words right after
  // the link (or in the next cell) call the site's home theirs.
  const after = url.pathname === '/' && !url.search ? OWN_SITE_AFTER.exec(spot.after) : null;
  const theirs = after && !OTHERS_SITE.test(after[0]) && (!after[1] || ownsSegment(ctx.owner, after[1]));
  if (theirs) return { ...guess, label: KIND_LABELS.website };
  // "my blog", "(my company)" under a Websites heading: the person's site when it is a site's home.
  const words = `${tail} ${label}`;
  const mySite =
    (MY_HINT.test(words) && MY_SITE.test(words)) ||
    (WEBSITES_SECTION.test(spot.section.title) && FIRST_PERSON.test(label));
  if (mySite) return { ...guess, label: KIND_LABELS.website };
  // A card served by the site it links to (now playing, latest post) is a widget, not an address.
  if (spot.images.some((i) => parsedUrl(i.src)?.hostname === url.hostname)) return null;
  const home = url.pathname === '/' && !url.search;
  if (namedAfterProject(url, r.words)) return null;
  // Their mail's domain listed as a project is the product of a company they run, not their own site.
  const mailSite = onOwnMailDomain(ctx.owner, url) && spot.section.kind !== 'projects';
  if (home && (ownsHost(ctx.owner, url) || mailSite)) return { ...guess, label: KIND_LABELS.website };
  // "jane.github.io/Jane_Website/", "jane.github.io/portfolio": a page of their own host named as their site.
  if (ownsHost(ctx.owner, url) && SITE_PAGE.test(url.pathname))
    return { ...guess, label: KIND_LABELS.website };
  const banner =
    r.iconic && ((spot.line !== null && spot.line === ctx.firstLine) || openingAvatar(spot, ctx));
  if (greetingLink(r) || banner) return { ...guess, label: KIND_LABELS.website };
  if (spot.section.kind === 'projects' || spot.section.kind === 'experience') return null;
  if (r.inContactPlace || REACH_ME.test(tail)) return { ...guess, label: KIND_LABELS.website };
  if (showsAddress(spot.words, url) && (spot.inHeading || BLOG_CUE.test(tail)))
    return { ...guess, label: KIND_LABELS.website };
  return null;
}
