// sharingNickname: a nickname one profile states ("Most people call me **Sam**") that other people
// answer to as well, so "/profile sam" asks which one instead of silently picking the one who says it.
import type { Profile } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { byName } from './name-order.js';
import { topK } from './top-k.js';

/** Shorter than this, a word is too short to be read as the start of a first name. */
const MIN_NICKNAME = 3;

export interface NicknameDeps {
  /** Ids with a name, handle, alias or id word starting with the folded word. */
  startingWith(folded: string): string[];
  /** The folded names an id is indexed under (name, handle, aliases, id). */
  namesOf(id: string): readonly string[];
  get(id: string): Profile | undefined;
}

/**
 * `found` (matched exactly by `folded`) and the other listed people the word also names: a whole word
 * of their names or file name ("sam-lindqvist"), or the start of their first name (Samantha), in name
 * order; just `found` when the word is found's own name or handle, or names no one else.
 */
export function sharingNickname(found: Profile, folded: string, deps: NicknameDeps): Profile[] {
  if (folded.includes(' ') || folded.length < MIN_NICKNAME) return [found];
  if (foldText(found.name) === folded || foldText(found.handle ?? '') === folded) {
    // "ana" is Ana's name, and also the name of whoever's handle is that word and a number ("ana92").
    const numbered = deps.startingWith(folded).flatMap((id) => {
      const p = id === found.id ? undefined : deps.get(id);
      return p?.listed && handleWord(p) === folded ? [p] : [];
    });
    return numbered.length === 0 ? [found] : topK([found, ...numbered], 10, byName);
  }
  const others = deps.startingWith(folded).flatMap((id) => {
    const p = id === found.id ? undefined : deps.get(id);
    if (!p?.listed) return [];
    const words = deps.namesOf(id).flatMap((n) => n.split(' '));
    const first = foldText(p.name).split(' ')[0] ?? '';
    return words.includes(folded) || first.startsWith(folded) ? [p] : [];
  });
  return others.length === 0 ? [found] : topK([found, ...others], 10, byName);
}

/** The handle (else the file id) without the number after it: "ana92" → "ana"; null with no number. */
function handleWord(p: Profile): string | null {
  const handle = foldText(p.handle ?? p.id);
  const word = handle.replace(/\d{1,6}$/, '');
  return word !== handle && /^\p{L}+$/u.test(word) ? word : null;
}
