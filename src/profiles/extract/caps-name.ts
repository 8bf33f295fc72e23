// capsName: words written in capitals on a banner ("ASHAN JAYALATH", "OSKAR VICK") in the case a reader
// says them ("Ashan Jayalath") when one of them is part of the handle; the caller still reads the result as
// a name (a slogan such as "FULL STACK DEVELOPER" fails there).
import { foldLetters } from '../../text/fold-text.js';

const CAPS_WORDS = /^\p{Lu}{2,20}(?:\s\p{Lu}{1,20}){1,3}$/u;

export function capsName(text: string, handle: string | null): string | null {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (!handle || !CAPS_WORDS.test(clean)) return null;
  const own = foldLetters(handle);
  const words = clean.split(' ');
  // A word of three letters or more is part of the handle ("VICK" in ovick, "JAYALATH" in ashanjayalath).
  if (!words.some((w) => w.length >= 3 && own.includes(foldLetters(w)))) return null;
  return words.map((w) => w[0] + w.slice(1).toLowerCase()).join(' ');
}
