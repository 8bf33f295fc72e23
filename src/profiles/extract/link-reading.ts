// LinkReading: what the contact rules read of one link, derived once per link — its address parsed, its
// words cleaned of emoji, the text before it — and the small readings several rules share (the label a
// line gives before the link, whether the text shows the address, whether the link is someone else's).
import type { ContactGuess } from './classify-contact.js';
import { type Owner, ownsUrl } from './contact-owner.js';
import type { LinkSpot } from './contact-spots.js';

export interface JudgeContext {
  owner: Owner;
  /** The section whose heading is the document's first (the title or greeting). */
  firstSection: { id: string } | null;
  /** The first block of the document: a linked banner or avatar there is the person's. */
  firstLine: number | null;
  /** The document's first link: one picture linked there (their avatar at the top of a centred header) is theirs. */
  firstLink?: LinkSpot | null;
}

export interface LinkReading {
  spot: LinkSpot;
  ctx: JudgeContext;
  /** The address as judged (a bare domain given a scheme, GitHub's theme fragment dropped). */
  href: string;
  url: URL;
  /** The known-site table's kind for the address (an unknown host is a 'website' candidate). */
  guess: ContactGuess;
  /** The link's words, or its image alt text when it has none, cleaned. */
  label: string;
  /** The link's visible words only, cleaned: alt text is often copied from another badge. */
  words: string;
  /** The last 40 characters before the link on its line. */
  tail: string;
  /** An icon or badge link, or one with no words. */
  iconic: boolean;
  /** In a contact section or a list a "Find me at:" lead-in introduces. */
  inContactPlace: boolean;
}

/** Emoji and decoration out, words kept; ASCII text (most link texts) skips the slower Unicode classes. */
export const linkWords = (text: string): string =>
  (/^[\x20-\x7e]*$/.test(text)
    ? text.replace(/[^A-Za-z0-9\s./@'&+-]/g, ' ')
    : text.replace(/[^\p{L}\p{N}\s./@'&+-]/gu, ' ')
  )
    .replace(/\s+/g, ' ')
    .trim();

/** The label a line gives just before the link: "🐦 Twitter - [name](…)", "GitHub: https://…". */
export function labelBefore(tail: string): string | null {
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

/** The link text shows the address itself ("janedoe.dev", "dev.to/janedoe", "https://…"). */
export function showsAddress(words: string, url: URL): boolean {
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

// Text that hands the link to someone else: "made with ❤ by", "photos posted by", "thanks to", "together with".
const ATTRIBUTION =
  /\b(by|thanks?( to)?|credits?( to)?|forked from|together with|courtesy of|von|par|por)\s?[:-]?\s?$/iu;
const AVATAR =
  /avatars\.githubusercontent\.com|github\.com\/[\w-]+\.png|gravatar\.com|contrib\.rocks|opencollective\.com/i;
// Avatar copies on numbered GitHub hosts and avatar proxies (sponsor and follower walls).
const AVATAR_HOSTS = /avatars\d{1,2}\.githubusercontent\.com|unavatar\.io/i;

/** The document's first link is one avatar picture: the author's own, at the top of a centred header. */
export function openingAvatar(spot: LinkSpot, ctx: JudgeContext): boolean {
  const image = spot === ctx.firstLink && spot.images.length === 1 ? spot.images[0]! : null;
  return image !== null && (AVATAR.test(image.src) || AVATAR_HOSTS.test(image.src));
}

/** Someone else's: an avatar on a contributor wall, "made by [x](…)" — unless it is the owner's own address. */
export function someoneElse(r: LinkReading): boolean {
  const avatar = r.spot.images.some((i) => AVATAR.test(i.src) || AVATAR_HOSTS.test(i.src));
  // Their own avatar opening the page, linked to their site, is no wall of others.
  if (avatar && openingAvatar(r.spot, r.ctx)) return false;
  return (avatar || ATTRIBUTION.test(r.tail)) && !ownsUrl(r.ctx.owner, r.url);
}

/** "Hi, I'm [Jane](…)" in the greeting heading: the name links to the person; anything after "engineer at …"
 *  is about someone else (an employer, a team). */
export function greetingLink(r: LinkReading): boolean {
  const { spot, ctx } = r;
  return (
    spot.inHeading &&
    spot.section.id === ctx.firstSection?.id &&
    !spot.words.trim().startsWith('@') &&
    !/\b(at|with|for|of|by)\b|[@＠]/i.test(r.tail)
  );
}

// "[Acme Pro](…), my most important project", "[X](…), mi proyecto": an appositive naming it their work.
const OWN_WORK_AFTER =
  /^\s{0,2}[,:–—-]\s{0,2}(?:my|mi|mon|ma|meu|minha|mein|meine|our|nuestro|notre|nosso)\s{1,3}(?:[\p{L}-]{1,20}\s{1,3}){0,2}?(?:project|product|startup|app|course|proyecto|producto|curso|projet|produit|cours|projeto|produto|projekt|produkt|kurs)s?(?!\p{L})/iu;

/** The text right after a link calls it the author's project or product (not a way to reach them). */
export function calledOwnWork(after: string): boolean {
  return OWN_WORK_AFTER.test(after);
}
