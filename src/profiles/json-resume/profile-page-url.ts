// profilePageUrl: a résumé `profiles` entry's own page. Older exports give only the site's base in `url`
// ("https://github.com/", "https://linkedin.com/in/") and the account in `username`: joined, that is the page.
import { classifyContactUrl } from '../extract/classify-contact.js';

const USERNAME = /^@?[\w.-]{1,60}$/;
/** A site's base: no path, or a prefix that stands before account names ("/in/", "/artist/", "/@"). */
const BASE_PATH =
  /^\/(?:(?:in|pub|artist|artists|u|user|users|profile|profiles|people|member|members|channel|c)\/|@)?$/i;

/** The page `url` + `username` name, or `url` as it is when it is not a bare site base. */
export function profilePageUrl(url: string, username?: string, network?: string): string {
  const user = username?.trim().replace(/^@/, '') ?? '';
  const base = url.trim();
  if (!USERNAME.test(user)) return url;
  let parsed: URL;
  try {
    parsed = new URL(base);
  } catch {
    return url;
  }
  const host = parsed.hostname.toLowerCase();
  if (!BASE_PATH.test(parsed.pathname) || parsed.search || host.includes(user.toLowerCase())) return url;
  // The network's own host ("Github" → github.com), or a site known to need a path: anything else with
  // an empty path ("https://jane.dev/") is a site of its own.
  const name = (network ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const networkHost = name.length >= 2 && host.replace(/[^a-z0-9]/g, '').includes(name);
  if (!networkHost && classifyContactUrl(base)) return url;
  return `${base}${base.endsWith('/') || base.endsWith('@') ? '' : '/'}${user}`;
}
