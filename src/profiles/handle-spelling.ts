// handleSpelledIn: two or three words of a text that the handle spells ("Waylon Walker" for WaylonWalker,
// "Tetsuo Koyama" for tkoyama010, "Ryo Kawamata" for kawamataryo): the person's name, stated in the text
// and confirmed by the handle, so a footer or an image alt can name them without a greeting.

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** Letters of the handle, without digits and separators ("tkoyama010" → "tkoyama"). */
function handleLetters(handle: string): string {
  return fold(handle).replace(/[^\p{L}]+/gu, '');
}

function spells(letters: string, words: readonly string[]): boolean {
  const parts = words.map(fold);
  const joined = parts.join('');
  if (letters === joined) return true;
  // A short suffix ("alexmartinfr"), the first initial ("tkoyama"), family name first ("kawamataryo").
  if (letters.startsWith(joined) && letters.length - joined.length <= 2) return true;
  if (letters === parts[0]![0] + parts.slice(1).join('')) return true;
  return parts.length === 2 && letters === parts[1]! + parts[0]!;
}

const capitalise = (word: string) => (/^\p{Ll}/u.test(word) ? word[0]!.toUpperCase() + word.slice(1) : word);

/** The words of `text` that spell `handle`, as a name ("waylon walker" → "Waylon Walker"), else null. */
export function handleSpelledIn(text: string, handle: string | null): string | null {
  if (!handle) return null;
  const letters = handleLetters(handle);
  if (letters.length < 6) return null;
  // Words with what follows each: "Hutaba-Makura" written as the handle is not a name in two words.
  const tokens = [...text.slice(0, 500).matchAll(/([\p{L}\p{M}]+)(\s*)/gu)].slice(0, 120);
  for (let i = 0; i < tokens.length; i++) {
    for (const size of [2, 3]) {
      const run = tokens.slice(i, i + size);
      const group = run.map((t) => t[1]!);
      if (run.length < size || group.some((w) => w.length < 2)) continue;
      if (run.slice(0, -1).some((t, j) => !t[2] || t.index! + t[0].length !== run[j + 1]!.index)) continue;
      if (!letters.includes(fold(group[0]!)) && !letters.includes(fold(group.at(-1)!))) continue;
      if (spells(letters, group)) return group.map(capitalise).join(' ');
    }
  }
  return null;
}
