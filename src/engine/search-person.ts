// "/search scheduling rajat": a trailing name in a search is the person filter, when those words are
// exactly a name word of someone (or of several: then the answer asks which one).
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';

const nameWords = (p: Profile) =>
  new Set(foldText([p.name, p.handle ?? '', ...p.aliases, p.id].join(' ')).split(' '));

/** The query without its trailing person, and that person as typed; null when it ends with no name. */
export function trailingPerson(index: ProfileIndex, query: string): { query: string; person: string } | null {
  const words = query.trim().split(/\s+/);
  for (const k of [2, 1]) {
    if (words.length <= k) continue;
    const person = words.slice(-k).join(' ');
    if (namesExactly(index, person)) return { query: words.slice(0, -k).join(' '), person };
  }
  return null;
}

/** Whether every word of `text` is a name word of the person (or each of the people) it resolves to. */
export function namesExactly(
  index: Pick<ProfileIndex, 'resolvePerson' | 'isNameWord' | 'isNameOfOne'>,
  text: string,
): boolean {
  const folded = foldText(text).split(' ');
  if (folded.length === 0 || !folded[0]) return false;
  // Most words of a question are no one's name word: that is known without resolving (and searching).
  if (index.isNameWord && !folded.every((w) => index.isNameWord!(w))) return false;
  // Nor, for several words, does anyone hold them all ("kim lee"): then no one is named exactly, and the
  // look-up of a run of names many people share is not paid (12 surnames took 274 ms at 10,000 people).
  if (folded.length > 1 && index.isNameOfOne && !index.isNameOfOne(folded)) return false;
  const resolved = index.resolvePerson(text);
  const people =
    resolved.status === 'found'
      ? [resolved.value]
      : resolved.status === 'ambiguous'
        ? resolved.candidates
        : [];
  return people.length > 0 && people.every((p) => folded.every((w) => nameWords(p).has(w)));
}
