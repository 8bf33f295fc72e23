// neverContact: whether a host is never a person's contact, whatever the link says (its URLs are stats cards,
// generators, sponsor buttons, searches, clocks, banners); the answer is remembered per host.
import { memoize } from '../model/memoize.js';

/** Hosts whose URLs are never a person's contact: stats cards, counters, badge and image generators, sponsor
 *  buttons, search and maps, code hosting of files. */
const NEVER =
  /(^|\.)(shields\.io|badgen\.net|github-readme-stats[\w-]*\.vercel\.app|github-readme-streak-stats[\w-]*\.\w+|github-profile-trophy[\w-]*\.\w+|readme-typing-svg[\w-]*\.\w+|skillicons\.dev|komarev\.com|visitor-badge\.\w+|hits\.seeyoufarm\.com|hits\.sh|profile-counter\.glitch\.me|badges\.pufler\.dev|activity-graph\.herokuapp\.com|github-readme-activity-graph\.vercel\.app|metrics\.lecoq\.io|wakatime\.com|pageview\.vercel\.app|githubusercontent\.com|github\.githubassets\.com|jsdelivr\.net|giphy\.com|imgur\.com|wikimedia\.org|gravatar\.com|buymeacoffee\.com|ko-fi\.com|patreon\.com|paypal\.me|paypal\.com|opencollective\.com|liberapay\.com|google\.com|bing\.com|duckduckgo\.com|contrib\.rocks|reporoster\.com|star-history\.com|spotify\.com|forthebadge\.com|devicon\.dev|simpleicons\.org|git\.io)$/i;

// Clocks, "Ask AI" documentation badges, cause banners and award programmes whose page about the person is
// the programme's, not theirs ("stars.github.com/profiles/jane") (exact hosts and their subdomains).
const NEVER_HOSTS = new Set([
  'stars.github.com',
  'time.is',
  'timeanddate.com',
  'deepwiki.com',
  'zread.ai',
  'stand-with-ukraine.pp.ua',
  'war.ukraine.ua',
  'u24.gov.ua',
  'savelife.in.ua',
  'supportukrainenow.org',
]);

// A host's suffixes with more labels than the longest of NEVER_HOSTS are none of them: only the last few
// are built (a 100 KB run of 'a.a.a…' built every suffix, quadratic: 2.5 s at 32 KB, minutes at 300 KB).
const MOST_LABELS = Math.max(...[...NEVER_HOSTS].map((host) => host.split('.').length));

// Hosts repeat within and across profiles: remember the answer, boundedly.
export const neverContact: (host: string) => boolean = memoize(isNeverContact, 2000);

function isNeverContact(host: string): boolean {
  return NEVER.test(host) || noPersonalPages(host);
}

/** Hosts with no page that is a person's own (a clock, a cause, a programme's page about them): unlike
 *  the generator and file hosts above, whose user pages (open.spotify.com/user/…) may be profiles. */
export function noPersonalPages(host: string): boolean {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = Math.max(0, labels.length - MOST_LABELS); i < labels.length - 1; i++)
    if (NEVER_HOSTS.has(labels.slice(i).join('.'))) return true;
  return false;
}
