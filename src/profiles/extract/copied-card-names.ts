// copiedCardNames: names in image alts that belong to whoever a README part was copied from, not to its
// owner — a stats card keeping the tool's example alt ("Anurag's GitHub stats") names the tool's author.
import { foldLetters } from '../../text/fold-text.js';

// "Anurag's GitHub stats", "Jo's streak": the possessive alt a stats card's template gives.
const STATS_ALT = /['’]s\s{1,3}(?:github\s{1,3})?(?:stats|statistics|streak|top\s{1,3}lang)/i;
// A card image wrapped in a link to a repository ("[![alt](card)](https://github.com/tool-org/tool)"): the
// shape of the tool's own example, pasted. Read from each ")](" back to its "[![" (plain string search).
// The alt of github-readme-stats' own example, pasted unchanged with only the username edited: its author's name.
const TOOL_EXAMPLE_ALT = /^anurag['’]s\s{1,3}github\s{1,3}stats$/i;
const CARD_OPEN = /^\[!\[([^\]\n]{1,80})\]\(/;
const TO_REPO = /^\)\]\(https?:\/\/github\.com\/([\w-]{1,39})\/[\w.-]/;

function repoLinkedAlts(source: string, own: string): Set<string> {
  const out = new Set<string>();
  for (let at = source.indexOf(')](http'); at >= 0 && out.size < 50; at = source.indexOf(')](http', at + 1)) {
    const repo = TO_REPO.exec(source.slice(at, at + 90));
    const start = repo ? source.lastIndexOf('[![', at) : -1;
    const card = start >= 0 && at - start <= 700 ? CARD_OPEN.exec(source.slice(start, start + 90)) : null;
    if (card && foldLetters(repo![1]!) !== own) out.add(card[1]!.trim());
  }
  return out;
}

/**
 * A test for image-alt names copied with someone else's card: the name is the owner of another GitHub
 * account the page links to, or a stats alt on a card that links to another owner's repository, and no
 * word of it is part of the handle ("Gleb Kanin's GitHub Stats" for KaninGleb stays).
 */
export function copiedCardNames(text: string, handle: string | null): (alt: string, name: string) => boolean {
  const own = foldLetters(handle ?? '');
  const source = text.slice(0, 200_000);
  const owners = new Set<string>();
  for (const m of source.matchAll(/github\.com\/([A-Za-z0-9-]{2,39})/g)) {
    const owner = foldLetters(m[1]!);
    if (owner !== own) owners.add(owner);
    if (owners.size >= 100) break;
  }
  const repoCards = repoLinkedAlts(source, own);
  const sharesHandle = (name: string) =>
    name.split(' ').some((w) => w.length >= 3 && own.includes(foldLetters(w)));
  return (alt, name) => {
    if (sharesHandle(name)) return false;
    if (STATS_ALT.test(alt) && (repoCards.has(alt.trim()) || TOOL_EXAMPLE_ALT.test(alt.trim()))) return true;
    const first = foldLetters(name.split(' ')[0] ?? '');
    return first.length >= 3 && !own.startsWith(first) && [...owners].some((o) => o.startsWith(first));
  };
}
