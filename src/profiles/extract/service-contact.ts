// serviceContact: a link to the person's page on a service the site table doesn't know (or knows with a
// narrower path), offered where they list ways to reach them; and donation pages, which are none.
import { type ContactGuess, KIND_LABELS } from './classify-contact.js';
import { siteOf } from './contact-sites.js';
import { CONTACT_CUE, type LinkSpot } from './contact-spots.js';
import { accountSegment, hostName, isSponsorPage, namesHost, profileShaped } from './service-page.js';

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
  const shaped = profileShaped(url);
  if (!shaped && !accountSegment(url)) return undefined;
  const place =
    spot.section.kind === 'contact' ||
    spot.contactList ||
    (spot.section.level > 0 && CONTACT_CUE.test(spot.section.title));
  const badge = spot.images.some((image) =>
    [image.alt, image.title, serviceInBadge(image.src)].some((t) => t && namesHost(t, url.hostname)),
  );
  // One account segment ("kick.com/jo") counts only behind a badge naming the service.
  if (shaped ? !place && !badge : !badge) return undefined;
  const site = siteOf(url.hostname);
  return { kind: 'other', value: href, label: site?.label ?? (hostName(url.hostname) || KIND_LABELS.other) };
}

/** The service a shields.io badge shows: its logo= slug or its first text ("badge/xing-%23006567…"). */
function serviceInBadge(src: string): string {
  const logo = /[?&]logo=([\w.+-]{1,40})/i.exec(src);
  if (logo) return logo[1]!;
  const label = /\/badge\/([^-/?]{1,40})-/i.exec(src);
  return label ? label[1]! : '';
}
