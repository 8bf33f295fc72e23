// Text folding, the one copy every layer uses (profiles, search, engine): lowercase, diacritics removed
// ("Brückner" → "bruckner"), letters that do not decompose spelled out (ß → ss, æ → ae, ø → o, ł → l).
// It imports nothing, so any folder may import it.

/** Letters NFKD leaves whole: spelled the way an ASCII keyboard would type them. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  þ: 'th',
  ð: 'd',
  ı: 'i',
};
const SPECIAL = /[ßæøœłđþðı]/g;

// Text whose only non-ASCII characters are general punctuation (– — … • ’ “ ”, U+2000–U+206F), a
// no-break space, or emoji (U+1F000–U+1FAFF): none of them is a letter, a digit or a mark, before or
// after NFKD, so folding is only lowercasing.
const PLAIN = /^(?:[\x00-\x7f\u00a0\u2000-\u206f]|[\uD83C-\uD83E][\uDC00-\uDFFF])*$/;

/** Lowercase with marks stripped and ß/æ/ø/œ/ł/đ/þ/ð/ı spelled out; everything else kept as it is. */
export function foldLetters(text: string): string {
  const lower = text.toLowerCase();
  return PLAIN.test(lower) ? lower : foldLowered(lower);
}

// Every mark but kana voicing (゙ ゚): "ガ" is another sound than "カ", so places and names keep them.
const MARKS = /[^\P{M}\u3099\u309A]+/gu;
// A kana and its voicing mark made one letter again (カ + ゙ → ガ); a mark that makes none goes.
const VOICED = /[\u3041-\u30FF][\u3099\u309A]|[\u3099\u309A]/gu;
const voiced = (pair: string): string => {
  if (pair.length === 1) return '';
  const letter = pair.normalize('NFC');
  return letter.length === 1 ? letter : pair[0]!;
};

/** foldLetters of lowercased text that is not PLAIN (lowercasing is idempotent: once is enough). */
function foldLowered(lower: string): string {
  // Lowercased again: compatibility forms decompose to capitals too ("ℍ" → "H").
  const bare = lower
    .replace(SPECIAL, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase();
  return bare.includes('\u3099') || bare.includes('\u309A') ? bare.replace(VOICED, voiced) : bare;
}

/** Folded letters, with everything but letters and digits → one space ("Jürgen-Ödön" → "jurgen odon"). */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // The common case, kept on a plain (non-Unicode) pattern: search folds every query and every title.
  if (PLAIN.test(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  return foldLowered(lower)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The words of foldText(text) in order (its runs of letters and digits; none for text without one), read
 * straight from the lowercased text: the search index words every section, and building the folded line
 * first and splitting it made three more copies of the whole text.
 */
export function foldedWords(text: string): string[] {
  const lower = text.toLowerCase();
  if (PLAIN.test(lower)) return lower.match(/[a-z0-9]+/g) ?? [];
  return foldLowered(lower).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Distinct folded words of a text, in order. */
export function wordTokens(text: string): string[] {
  return [...new Set(foldedWords(text))];
}
