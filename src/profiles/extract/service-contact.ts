// serviceContact: a link to the person's page on a service the site table doesn't know (or knows with a
// narrower path), offered where they list ways to reach them; and donation pages, which are none.
import { type ContactGuess, KIND_LABELS } from './classify-contact.js';
import { siteOf } from './contact-sites.js';
import type { LinkSpot } from './contact-spots.js';
import { parsedUrl } from './contact-urls.js';
import { CONTACT_CUE } from './lead-in.js';
import { noPersonalPages } from './never-contact.js';
import { badgeShowsAccount, badgeTexts, isSponsorPage, namesHost, profileShaped } from './service-page.js';

/**
 * null for a donation page (never a contact); an `other` contact for a profile-shaped page ("/profile/x",
 * "/user/x", "User:x", "/ti/p/~x") in a contact section or list or behind a badge or icon naming the service,
 * and for a one-segment account page ("kick.com/jo") behind such a badge; undefined when this rule has nothing to say (the usual judging goes on).
 */
export function serviceContact(
  url: URL,
  href: string,
  spot: LinkSpot,
  guess: ContactGuess | null,
): ContactGuess | null | undefined {
  if (isSponsorPage(url)) return null;
  if (guess && guess.kind !== 'website') return undefined;
  // A programme's page about them ("stars.github.com/profiles/jo"), a clock, a cause: no profile there.
  if (noPersonalPages(url.hostname)) return null;
  // A card the service serves about the person (coding hours, a kata rank) is a widget, like a stats card.
  if (spot.images.some((image) => sameHost(image.src, url.hostname))) return undefined;
  if (!profileShaped(url)) {
    // One account segment ("kick.com/jo") counts only behind a badge that shows the account or the service.
    return spot.images.some((image) => badgeShowsAccount(image, url)) ? other(url, href) : undefined;
  }
  const place =
    spot.section.kind === 'contact' ||
    spot.contactList ||
    (spot.section.level > 0 && CONTACT_CUE.test(spot.section.title));
  // "My [open source contributions](…/wiki/User:Jo)": their page, in their own words.
  const mine = /(?:^|[^\p{L}])my\s{1,2}$/iu.test(spot.before);
  const badge = spot.images.some((image) =>
    [...badgeTexts(image), serviceLogo(image.src)].some((t) => t && namesHost(t, url.hostname)),
  );
  return place || badge || mine ? other(url, href) : undefined;
}

function other(url: URL, href: string): ContactGuess {
  const site = siteOf(url.hostname);
  return {
    kind: 'other',
    value: href,
    label: site?.label ?? (url.hostname.replace(/^www\./, '') || KIND_LABELS.other),
  };
}

function sameHost(src: string, host: string): boolean {
  return parsedUrl(src)?.hostname === host;
}

/** The logo= slug of a shields.io badge ("xing"). */
function serviceLogo(src: string): string {
  return /[?&]logo=([\w.+-]{1,40})/i.exec(src)?.[1] ?? '';
}
