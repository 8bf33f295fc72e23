// Text folding for search: diacritics removed ("Brückner" → "bruckner"), lowercase, word tokens, trigrams.

// Text whose only non-ASCII characters are general punctuation (– — … • ’ “ ”, U+2000–U+206F), a
// no-break space, or emoji (U+1F000–U+1FAFF): none of them is a letter or digit, before or after
// NFKD, so folding is lowercase plus [^a-z0-9] → space, without normalising.
const PLAIN = /^(?:[\x00-\x7f\u00a0\u2000-\u206f]|[\uD83C-\uD83E][\uDC00-\uDFFF])*$/;

/** Lowercase, marks stripped, ß/æ/ø spelled out, everything but letters and digits → one space. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (PLAIN.test(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  return lower
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/œ/g, 'oe')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Distinct folded words of a text, in order. */
export function wordTokens(text: string): string[] {
  const folded = foldText(text);
  return folded ? [...new Set(folded.split(' '))] : [];
}

/** Trigrams of a word padded at both ends, so short words and first letters weigh in ("  d", " dj", …). */
export function paddedTrigrams(word: string): string[] {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

/** Dice coefficient of two trigram sets: 1 for equal words, ~0.5 for one typo in a 7-letter word. */
export function trigramSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(a);
  let shared = 0;
  for (const t of b) if (set.has(t)) shared++;
  return (2 * shared) / (a.length + b.length);
}
