// shortLinkTo: a contact on the author's own short-link domain ("[Twitter](https://mlv.sh/twitter)") takes
// the kind of the site the link text and the path both name.
import type { ContactGuess } from './classify-contact.js';
import { siteNamed } from './contact-sites.js';
import { parsedUrl } from './contact-urls.js';

function pathOf(url: string): string {
  return parsedUrl(url)?.pathname ?? '';
}

/** "[Twitter](https://mlv.sh/twitter)": the author's short-link domain forwards to that site, so the
 *  contact is of the site's kind (the value stays the address written). */
export function shortLinkTo(guess: ContactGuess, label: string): ContactGuess {
  const site = siteNamed(label);
  const segments = pathOf(guess.value).split('/').filter(Boolean);
  if (!site || site.kind === 'other' || segments.length !== 1 || !site.names.test(segments[0]!)) return guess;
  return { kind: site.kind, value: guess.value, label: site.label };
}
