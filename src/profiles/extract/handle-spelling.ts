// handleSpeller: finds two or three words of a text that the handle spells ("Waylon Walker" for
// WaylonWalker, "Tetsuo Koyama" for tkoyama010, "Ryo Kawamata" for kawamataryo): the person's name, stated
// in the text and confirmed by the handle, so a footer or an image alt can name them without a greeting.
import { foldLetters as fold } from '../../text/fold-text.js';

function spells(letters: string, parts: readonly string[]): boolean {
  const joined = parts.join('');
  if (letters === joined) return true;
  // A short suffix ("alexmartinfr"), the first initial ("tkoyama"), family name first ("kawamataryo").
  if (letters.startsWith(joined) && letters.length - joined.length <= 2) return true;
  if (letters === parts[0]![0] + parts.slice(1).join('')) return true;
  return parts.length === 2 && letters === parts[1]! + parts[0]!;
}

const capitalise = (word: string) => (/^\p{Ll}/u.test(word) ? word[0]!.toUpperCase() + word.slice(1) : word);

export type HandleSpeller = (text: string) => string | null;

/**
 * A finder for the words that spell `handle` ("waylon walker" → "Waylon Walker"). Lines are first checked
 * for a four-letter piece of the handle, so the many lines without one cost one `includes` each.
 */
export function handleSpeller(handle: string | null): HandleSpeller {
  const letters = handle ? fold(handle).replace(/[^\p{L}]+/gu, '') : '';
  if (letters.length < 6) return () => null;
  const pieces = new Set<string>();
  for (let i = 0; i + 4 <= letters.length; i++) pieces.add(letters.slice(i, i + 4));
  // The handle's letters are letters only, so they need no escaping in a pattern.
  const anyPiece = new RegExp([...pieces].join('|'), 'i');
  return (text) => {
    const short = text.length > 500 ? text.slice(0, 500) : text;
    return anyPiece.test(short) ? spelledIn(short, letters) : null;
  };
}

function spelledIn(text: string, letters: string): string | null {
  // Words with what follows each: "Hutaba-Makura" written as the handle is not a name in two words.
  const tokens = [...text.matchAll(/([\p{L}\p{M}]+)(\s*)/gu)].slice(0, 120);
  const folded = tokens.map((t) => fold(t[1]!));
  for (let i = 0; i < tokens.length; i++) {
    for (const size of [2, 3]) {
      if (i + size > tokens.length) continue;
      const parts = folded.slice(i, i + size);
      if (parts.some((w) => w.length < 2)) continue;
      if (!letters.includes(parts[0]!) && !letters.includes(parts.at(-1)!)) continue;
      const run = tokens.slice(i, i + size);
      if (run.slice(0, -1).some((t, j) => !t[2] || t.index! + t[0].length !== run[j + 1]!.index)) continue;
      if (spells(letters, parts)) return run.map((t) => capitalise(t[1]!)).join(' ');
    }
  }
  return null;
}

/** The words of `text` that spell `handle`, as a name, else null (one-off use; see handleSpeller). */
export const handleSpelledIn = (text: string, handle: string | null): string | null =>
  handleSpeller(handle)(text);
