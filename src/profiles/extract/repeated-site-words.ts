// repeatedSiteWords: a site word ("#homepage", "Website") that labels many different addresses is a listing's
// column, one per project row, not the person's own site.
import type { ContactGuess } from './classify-contact.js';
import type { LinkSpot } from './contact-spots.js';

/** A site word as a link's whole text ("homepage", "#homepage", "Website", "demo site"). */
const SITE_WORD_ONLY = /^#?(?:(?:project|demo|live)\s)?(?:home ?page|web ?site|site|page|docs?|demo|live)$/i;
/** How many different addresses one site word may name before it is a listing's column, not a label. */
const MAX_SAME_SITE_WORD = 2;

/**
 * "| awesome-mac | [#homepage](…) |" on every row of a repository table: a site word that names many
 * different addresses labels each row's project, not the person's own site.
 */
export function repeatedSiteWords(taken: ReadonlyMap<LinkSpot, ContactGuess>): LinkSpot[] {
  const byWord = new Map<string, LinkSpot[]>();
  for (const [link, guess] of taken) {
    const word = link.words.trim().toLowerCase();
    if (guess.kind !== 'website' || !SITE_WORD_ONLY.test(word)) continue;
    const same = byWord.get(word);
    if (same) same.push(link);
    else byWord.set(word, [link]);
  }
  const out: LinkSpot[] = [];
  for (const same of byWord.values())
    if (new Set(same.map((l) => taken.get(l)!.value)).size > MAX_SAME_SITE_WORD) out.push(...same);
  return out;
}
