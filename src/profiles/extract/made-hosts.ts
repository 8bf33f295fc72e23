// madeHosts: hosts of the links a profile introduces as something the author made or works at ("I created
// [X](…)", "[X](…), my latest project"): once so introduced, a site is that project everywhere, not their site.
import { classifyContactUrl } from './classify-contact.js';
import { type Owner, ownsHost } from './contact-owner.js';
import type { LinkSpot } from './contact-spots.js';
import { parsedUrl } from './contact-urls.js';
import { calledOwnWork } from './link-reading.js';
import { madeOrWorkedAt } from './listed-after-cue.js';

/** Hosts of links the text introduces as something the author made or works at ("I created [X](…)",
 *  "[X](…), my latest project"). */
export function madeHosts(links: readonly LinkSpot[], owner: Owner): Set<string> {
  const out = new Set<string>();
  for (const link of links) {
    const called = calledOwnWork(link.after);
    if (!/^https?:/i.test(link.url) || !(called || madeOrWorkedAt(link.before))) continue;
    const url = parsedUrl(link.url);
    // Their own domain ("I built [Foo](https://jo.dev/foo)") stays theirs for other links, unless its home
    // is the project ("[janedoe pro](https://janedoe.pro), my main project").
    const whole = called && url?.pathname === '/';
    if (url && (whole || !ownsHost(owner, url)) && classifyContactUrl(link.url)?.kind === 'website')
      out.add(url.hostname);
  }
  return out;
}
