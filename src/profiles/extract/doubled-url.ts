// innerProfileUrl: a profile address a README generator wrapped around a full URL the person pasted into its
// user-name field ("linkedin.com/in/www.linkedin.com/in/jane-doe", "twitter.com/https://twitter.com/jane"):
// the inner address is the one that opens their page.

// What may stand between the outer host and the repeated one: the site's profile prefix ("/in/"), then the
// pasted scheme and "www.".
const BETWEEN = /^\/(?:[\w-]{1,20}\/)?(?:https?:\/{1,2})?(?:www\.)?$/i;

export function innerProfileUrl(href: string, host: string): string {
  const bare = host.toLowerCase().replace(/^www\./, '');
  const lower = href.toLowerCase();
  const first = lower.indexOf(`${bare}/`);
  if (first < 0) return href;
  const afterHost = first + bare.length;
  const again = lower.indexOf(`${bare}/`, afterHost);
  if (again < 0 || again - afterHost > 40) return href;
  const between = href.slice(afterHost, again);
  const www = /www\.$/i.test(between) ? 'www.' : '';
  return BETWEEN.test(between) ? `https://${www}${href.slice(again)}` : href;
}
