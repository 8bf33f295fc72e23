// threadLinkLines: the lines holding a link to an issue, pull request or discussion of a code host
// ("- [Python](github.com/jane/jane/issues/62): 👤👤", an endorsement list visitors fill in): what such a
// line names is someone else's vote, not the author's claim. Other evidence of the same skill still counts.
import type { Link } from 'mdast';
import { parsedUrl } from './contact-urls.js';

const CODE_HOSTS = /^(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)$/i;
const THREAD = /^(?:issues|pull|pulls|discussions|merge_requests)$/;

export function threadLinkLines(links: readonly Link[]): Set<number> {
  const out = new Set<number>();
  for (const link of links) {
    const line = link.position?.start.line;
    if (line === undefined || !/\/(?:issues|pulls?|discussions|merge_requests)\//.test(link.url)) continue;
    const url = parsedUrl(link.url);
    if (!url || !CODE_HOSTS.test(url.hostname)) continue;
    const segments = url.pathname.split('/').filter(Boolean);
    // gitlab.com/group/project/-/issues/3 keeps a "-" before the kind.
    const kind = segments[2] === '-' ? segments[3] : segments[2];
    if (segments.length >= 4 && kind !== undefined && THREAD.test(kind)) out.add(line);
  }
  return out;
}
