// innerProfileUrl: a profile address a README generator wrapped around a full URL the person pasted into its
// user-name field ("linkedin.com/in/www.linkedin.com/in/jane-doe", "twitter.com/https://twitter.com/jane"):
// the inner address is the one that opens their page.

// What may stand between the outer host and the repeated one: the site's profile prefix ("/in/"), then the
// pasted scheme and "www.".
const BETWEEN = /^\/(?:[\w-]{1,20}\/)?(?:https?:\/{1,2})?(?:www\.)?$/i;

/** Hosts one site answers on: a generator's "twitter.com/" wrapped around a pasted "https://x.com/jane". */
const SAME_SITE: Record<string, string> = { 'twitter.com': 'x.com', 'x.com': 'twitter.com' };

export function innerProfileUrl(href: string, host: string): string {
  const bare = host.toLowerCase().replace(/^www\./, '');
  const lower = href.toLowerCase();
  const first = lower.indexOf(`${bare}/`);
  if (first < 0) return href;
  const afterHost = first + bare.length;
  for (const inner of [bare, SAME_SITE[bare]]) {
    const again = inner ? lower.indexOf(`${inner}/`, afterHost) : -1;
    if (again < 0 || again - afterHost > 40) continue;
    const between = href.slice(afterHost, again);
    const www = /www\.$/i.test(between) ? 'www.' : '';
    if (BETWEEN.test(between)) return `https://${www}${href.slice(again)}`;
  }
  return href;
}
