// askedSiteLinks: "steve's ko-fi", "ana kaggle": a site the question names that the profile links to but
// that is no contact (a donation page, a practice site), given as the profile's own link to it.
import type { Profile } from '../profiles/model/profile.js';

/** Donation pages by their host's word: no way to reach someone, but a question may ask for the link. */
export const DONATION_SITES: readonly string[] = [
  'ko-fi',
  'kofi',
  'patreon',
  'buymeacoffee',
  'buy me a coffee',
  'liberapay',
  'opencollective',
];

/** Sites a question may name, as their host's word ("ko-fi" for ko-fi.com); generic words never count. */
const SITES: readonly string[] = [
  ...DONATION_SITES,
  'kaggle',
  'leetcode',
  'hackerrank',
  'codewars',
  'codeforces',
  'codechef',
  'codepen',
  'behance',
  'dribbble',
  'itch',
  'medium',
  'hashnode',
  'substack',
  'youtube',
  'twitch',
  'instagram',
  'orcid',
  'researchgate',
  'huggingface',
  'linktree',
  'calendly',
  'polywork',
  'peerlist',
];
const MAX_LINKS = 3;
const MAX_SECTIONS = 200;
// A badge's picture on the site is no page of the person's.
const IMAGE = /\.(?:svg|png|jpe?g|gif|webp)(?:[?#]|$)/i;

const key = (word: string) => word.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The words a host is known by: its labels and each two of them joined ("ko-fi.com" → kofi, com, koficom). */
function hostKeys(url: string): string[] {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return [];
  }
  const labels = host.split('.').map(key);
  return [...labels, ...labels.slice(1).map((l, i) => labels[i]! + l)];
}

/** The site the question names and the profile's links to it (at most three); null when it names none. */
export function askedSiteLinks(
  profile: Profile,
  text: string | undefined,
): { site: string; urls: string[] } | null {
  if (!text) return null;
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\p{N}.-]+/gu, ' ')} `;
  const site = SITES.find((s) => words.includes(` ${s} `) || words.includes(` ${s}'s `));
  if (!site) return null;
  const urls: string[] = [];
  for (const section of profile.sections.slice(0, MAX_SECTIONS))
    for (const link of section.links)
      if (
        urls.length < MAX_LINKS &&
        !urls.includes(link.url) &&
        !IMAGE.test(link.url) &&
        hostKeys(link.url).includes(key(site))
      )
        urls.push(link.url);
  return { site, urls };
}
