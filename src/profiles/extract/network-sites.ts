// NETWORK_SITES: professional networks, link-in-bio and booking pages a person's profile lives on, beyond
// the big social sites (Polywork, LAPRAS, Wantedly, Read.cv, Calendly, …): each a person's page, kind 'other'.
import type { Site } from './contact-sites.js';

const network = (label: string, host: RegExp, profile: RegExp, names: RegExp): Site => ({
  kind: 'other',
  label,
  host,
  profile,
  names,
});

export const NETWORK_SITES: readonly Site[] = [
  network('Polywork', /^poly\.work$/, /^\/[\w.-]+\/?$/, /polywork|poly\.work/i),
  network('LAPRAS', /^lapras\.com$/, /^\/public\/[\w-]+\/?$/, /lapras/i),
  network('Wantedly', /^wantedly\.com$/, /^\/id\/[\w-]+\/?$/, /wantedly/i),
  network('YOUTRUST', /^youtrust\.jp$/, /^\/users\/[\w-]+\/?$/, /youtrust/i),
  network('Read.cv', /^read\.cv$/, /^\/[\w.-]+\/?$/, /read\.cv/i),
  network('Peerlist', /^peerlist\.io$/, /^\/[\w.-]+\/?$/, /peerlist/i),
  network('Showwcase', /^showwcase\.com$/, /^\/[\w.-]+\/?$/, /showwcase/i),
  network('Contra', /^contra\.com$/, /^\/[\w.-]+\/?$/, /^contra$/i),
  network('Upwork', /^upwork\.com$/, /^\/freelancers\/~?[\w-]+\/?$/, /upwork/i),
  network('Toptal', /^toptal\.com$/, /^\/resume\/[\w-]+\/?$/, /toptal/i),
  network('Malt', /^malt\.(fr|com|de|es|nl|be|ch|uk)$/, /^\/profile\/[\w-]+\/?$/, /^malt$/i),
  network('Topmate', /^topmate\.io$/, /^\/[\w.-]+\/?$/, /topmate/i),
  network('about.me', /^about\.me$/, /^\/[\w.-]+\/?$/, /about\.me/i),
  network('Bento', /^bento\.me$/, /^\/[\w.-]+\/?$/, /bento/i),
  // Booking pages: a slot in the person's calendar is a way to reach them ("calendly.com/jo/30min").
  network('Calendly', /^calendly\.com$/, /^\/[\w.-]+(?:\/[\w-]+)?\/?$/, /calendly/i),
  network('Cal.com', /^cal\.com$/, /^\/[\w.-]+(?:\/[\w-]+)?\/?$/, /cal\.com/i),
  network('TidyCal', /^tidycal\.com$/, /^\/[\w.-]+(?:\/[\w-]+)?\/?$/, /tidycal/i),
  // Reading and watching logs people list beside their socials.
  network('Goodreads', /^goodreads\.com$/, /^\/user\/show\/\d+(?:-[\w-]+)?\/?$/, /goodreads/i),
  network('Letterboxd', /^letterboxd\.com$/, /^\/[\w]+\/?$/, /letterboxd/i),
  // Photo sites people link their own page on.
  network('Unsplash', /^unsplash\.com$/, /^\/@?[\w.-]+\/?$/, /unsplash/i),
  network('Flickr', /^flickr\.com$/, /^\/(?:photos|people)\/[\w@.-]+\/?$/, /flickr/i),
  network('500px', /^500px\.com$/, /^\/(?:p\/)?[\w.-]+\/?$/, /500px/i),
];
