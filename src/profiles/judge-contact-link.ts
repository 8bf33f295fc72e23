// judgeContactLink: whether one link is a way to reach the person, and as what. Known sites count where a
// reader sees a contact (icon rows, badges, "Twitter - [name](…)", text naming the site, their own handle);
// an unknown host counts only as their own site (their name in it, "my blog", a linked greeting or header).
import { type ContactGuess, classifyContactUrl, KIND_LABELS } from './classify-contact.js';
import { type Owner, onOwnMailDomain, ownsHost, ownsUrl } from './contact-owner.js';
import { neverContact, siteNamed } from './contact-sites.js';
import { CONTACT_CUE, type LinkSpot } from './contact-spots.js';

// The last word of a link's text says it is a site: "Website", "my blog", "Portfolio Website", "(German portfolio)".
const SITE_WORD =
  /(?:^|\s)(web ?site|site|blog|weblog|portfolio|home ?page|web ?page|sitio|página|portfólio|博客|ブログ|主页|个人网站|网站|ホームページ|サイト)$/iu;
const PLAIN_SITE_LABEL = /^(my |personal |our )?(portfolio|web ?site|blog|home ?page)( web ?site)?$/i;
const MY_SITE =
  /\b(my|personal|own)\b[^.]{0,25}?\b(web ?site|site|blog|portfolio|home ?page)\b(?! ?posts?)|\bmon (site|blog)\b|\bmi (sitio|blog|web)\b|\bmeu (site|blog)\b|\bmein (blog|webseite)\b|我的博客|个人博客/iu;
// Text that hands the link to someone else: "made with ❤ by", "photos posted by", "thanks to", "together with".
const ATTRIBUTION =
  /\b(by|thanks?( to)?|credits?( to)?|forked from|together with|courtesy of|von|par|por)\s?[:-]?\s?$/iu;
const AVATAR =
  /avatars\.githubusercontent\.com|github\.com\/[\w-]+\.png|gravatar\.com|contrib\.rocks|opencollective\.com/i;
const BARE_DOMAIN = /^(www\.)?[\w-]{1,63}(\.[\w-]{1,63}){1,4}(\/[^\s@]*)?$/i;
const FILE_NAME =
  /\.(md|markdown|html?|png|jpe?g|gif|svg|webp|pdf|txt|json|ya?ml|toml|js|ts|py|rb|go|rs|sh)$/i;
const FIRST_PERSON_TAIL = /\b(me|my|i|i'm|i am|mine)\b/i;
const BLOG_CUE = /\b(blog|posts?|articles?|writ(e|ing)|read more|more at|visit|til)\b/i;
const WEBSITES_SECTION = /\b(web ?sites?|sites|links|homepages?|blogs?|elsewhere)\b/i;
const FIRST_PERSON = /\b(my|mine|own|personal)\b|\bmon\b|\bmi\b|\bmeu\b|\bmein\b/i;

const clean = (text: string): string =>
  text
    .replace(/[^\p{L}\p{N}\s./@'&+-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

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
    .replace(/\/+$/, '');
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return shown.length > 0 && (shown === host || shown === `${host}${url.pathname}`.replace(/\/+$/, ''));
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
  const label = clean(spot.words || spot.text);
  const tail = spot.before.slice(-40);
  const siteWord = SITE_WORD.test(label) && label.split(' ').length <= 6;
  // "my blog", "(my company)" under a Websites heading: the person's site when it is a site's home.
  const mySite =
    MY_SITE.test(`${tail} ${label}`) ||
    (WEBSITES_SECTION.test(spot.section.title) && FIRST_PERSON.test(label));
  // "janedoe.dev" written without a scheme is still an address.
  const href = BARE_DOMAIN.test(spot.url) && !FILE_NAME.test(spot.url) ? `https://${spot.url}` : spot.url;
  const guess = classifyContactUrl(href);
  const url = parse(href);
  if (!guess) {
    // A "Portfolio" badge or link may point anywhere on the web, a repository included.
    const named = spot.images.length > 0 ? siteWord : PLAIN_SITE_LABEL.test(label);
    if (named && url && /^https?:$/.test(url.protocol) && !neverContact(url.hostname)) {
      return { kind: 'website', value: href, label: label || KIND_LABELS.website };
    }
    return null;
  }
  if (guess.kind === 'email' || guess.kind === 'phone' || !url) return guess;
  const owned = ownsUrl(ctx.owner, url);
  if (!owned && (spot.images.some((i) => AVATAR.test(i.src)) || ATTRIBUTION.test(tail))) return null;
  const iconic = spot.images.length > 0 || label === '';
  const inContactPlace = spot.section.kind === 'contact' || spot.contactList;
  if (guess.kind !== 'website') {
    const names = (text: string) => siteNamed(text)?.label === guess.label;
    // Only visible words become the label: alt text is often copied from another badge ("Medium" on LinkedIn).
    const words = clean(spot.words);
    const namedLabel = words && names(words) && words.length <= 30 ? words : null;
    const beforeLabel = /([\p{L}][\p{L}\p{N} /&.+-]{0,29})\s?[:：-]\s?$/u.exec(tail)?.[1]?.trim();
    const namedBefore = beforeLabel && names(beforeLabel) ? beforeLabel : null;
    const shown = showsAddress(spot.words, url);
    const cue = inContactPlace || CONTACT_CUE.test(tail) || spot.inHeading;
    // "I'm [@jane](…)", "ping me [@jane](…)": their handle, shown as one, after words about themselves.
    const ownHandle = /^@[\w.-]+$/.test(words) && FIRST_PERSON_TAIL.test(tail);
    const ok =
      guess.kind === 'github'
        ? owned || iconic || namedLabel !== null || namedBefore !== null || inContactPlace
        : owned ||
          iconic ||
          namedLabel !== null ||
          namedBefore !== null ||
          shown ||
          cue ||
          ownHandle ||
          names(tail);
    return ok ? { ...guess, label: namedBefore ?? namedLabel ?? guess.label } : null;
  }
  const website = (name: string) => ({ ...guess, label: name });
  if (siteWord) return website(label.length <= 30 ? label : KIND_LABELS.website);
  if (!rootish(url)) return null;
  if (mySite) return website(KIND_LABELS.website);
  // A card served by the site it links to (now playing, latest post) is a widget, not an address.
  if (spot.images.some((i) => parse(i.src)?.hostname === url.hostname)) return null;
  const home = url.pathname === '/' && !url.search;
  if (home && (ownsHost(ctx.owner, url) || onOwnMailDomain(ctx.owner, url)))
    return website(KIND_LABELS.website);
  // Their name as the page on a service we don't know ("sourcerer.io/janedoe") is a profile, not their site.
  if (owned && !home && !ownsHost(ctx.owner, url))
    return { kind: 'other', value: spot.url, label: url.hostname.replace(/^www\./, '') };
  const first = spot.section.id === ctx.firstSection?.id && spot.inHeading;
  const banner = iconic && spot.line !== null && spot.line === ctx.firstLine;
  if (first || banner) return website(KIND_LABELS.website);
  if (spot.section.kind === 'projects' || spot.section.kind === 'experience') return null;
  if (inContactPlace) return website(KIND_LABELS.website);
  if (showsAddress(spot.words, url) && (spot.inHeading || BLOG_CUE.test(tail)))
    return website(KIND_LABELS.website);
  return null;
}
