// contactRow: links a row of contacts ("me . blogs . resume . X . wakatime", one paragraph or list) holds
// besides the ones already taken, read as a reader reads the row: a one-word page of the same site as
// its neighbours ("blogs", "Notes"), or the person's page on a service the word names ("wakatime").
import type { ContactGuess } from './classify-contact.js';
import type { Owner } from './contact-owner.js';
import { ownsSegment } from './contact-owner.js';
import type { LinkSpot } from './contact-spots.js';
import { parsedUrl } from './contact-urls.js';
import { linkWords } from './link-reading.js';
import { isSponsorPage, namesHost } from './service-page.js';

/** One-word names of a person's own pages: their blog, notes, résumé, portfolio. */
const PAGE_WORD =
  /^(?:blogs?|notes|til|wiki|garden|posts|articles|writings?|resume|résumé|cv|portfolio|home ?page|site|web ?site|newsletter)$/i;
/** A row is one of contacts when this many of its links were taken as contacts. */
const MIN_TAKEN = 2;

/** The site a host belongs to: its last two labels, or three under "co.uk"-like suffixes. */
function siteOfHost(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const short = labels.length >= 3 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels.at(-2)!);
  return labels.slice(short ? -3 : -2).join('.');
}

/** The links of `links` that the rows they sit in make contacts, as guesses (same order). */
export function contactRow(
  links: readonly LinkSpot[],
  taken: ReadonlyMap<LinkSpot, ContactGuess>,
  owner: Owner,
): Map<LinkSpot, ContactGuess> {
  const sites = new Map<number, string[]>();
  for (const link of taken.keys()) {
    const url = /^https?:/i.test(link.url) ? parsedUrl(link.url) : null;
    const row = sites.get(link.group) ?? [];
    row.push(url ? siteOfHost(url.hostname) : '');
    sites.set(link.group, row);
  }
  const out = new Map<LinkSpot, ContactGuess>();
  for (const link of links) {
    const row = sites.get(link.group);
    if (!row || row.length < MIN_TAKEN || taken.has(link) || link.images.length > 0 || link.inProse) continue;
    const words = linkWords(link.words);
    const url = words && !words.includes(' ') && /^https?:/i.test(link.url) ? parsedUrl(link.url) : null;
    // A donation page is no way to reach them, whatever row it is in.
    if (!url || url.search || isSponsorPage(url)) continue;
    const segments = url.pathname.split('/').filter(Boolean);
    if (segments.length > 1) continue;
    // "[blogs](https://blog.jane.me/blogs)" beside "[me](https://jane.me)": a page of the same site.
    if (PAGE_WORD.test(words) && row.includes(siteOfHost(url.hostname)))
      out.set(link, { kind: 'website', value: link.url, label: words });
    // "[wakatime](https://wakatime.com/@jane)": their page on the service the word names.
    else if (
      segments.length === 1 &&
      namesHost(words, url.hostname) &&
      ownsSegment(owner, segments[0]!.replace(/^[@~]/, ''))
    )
      out.set(link, { kind: 'other', value: link.url, label: words });
  }
  return out;
}

/** A first-person possessive in link text ("View my work", "Mi portafolio", "Мой сайт"). */
const MY_WORD = /(?<!\p{L})(?:my|mine|mi|mis|meu|minha|mon|mein|meine|мой|моё|мое|моя|我的)(?!\p{L})/iu;
const squash = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Accounts of a brand whose own site sits beside them in the row and is not the person's ("[Status](https://
 * acmestatus.com) — [@acmestatus](https://twitter.com/acmestatus)"): the brand's, not the person's.
 */
export function brandAccounts(
  links: readonly LinkSpot[],
  taken: ReadonlyMap<LinkSpot, ContactGuess>,
  owner: Owner,
): LinkSpot[] {
  const brands = new Map<number, Set<string>>();
  for (const link of links) {
    // "[View my portfolio](https://janedoe.com)": a site the text calls theirs is no brand beside them.
    const mine = MY_WORD.test(link.words);
    const url = taken.has(link) || mine || !/^https?:/i.test(link.url) ? null : parsedUrl(link.url);
    const name = url ? squash(siteOfHost(url.hostname).split('.')[0]!) : '';
    if (name.length < 4) continue;
    const row = brands.get(link.group) ?? new Set<string>();
    row.add(name);
    brands.set(link.group, row);
  }
  const out: LinkSpot[] = [];
  for (const [link, guess] of taken) {
    const row = brands.get(link.group);
    const url = row && guess.kind !== 'website' ? parsedUrl(link.url) : null;
    const account = url?.pathname.split('/').filter(Boolean).at(-1)?.replace(/^[@~]/, '');
    if (account && row!.has(squash(account)) && !ownsSegment(owner, account)) out.push(link);
  }
  return out;
}
