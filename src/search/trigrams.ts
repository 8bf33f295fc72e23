// Padded trigrams of a word, the keys of fuzzy word matching (trigram-vocabulary.ts scores them).

/** Trigrams of a word padded at both ends, so short words and first letters weigh in ("  d", " dj", …). */
export function paddedTrigrams(word: string): string[] {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}

/** A trigram as a map key: a small integer when its three code units are below 1024, else its text. */
export type TrigramKey = number | string;

/**
 * The key of the trigram at `at` in `text`: most words (Latin scripts, digits) give a small integer, which a
 * Map hashes without a string built per trigram (the vocabulary keys every new word's trigrams).
 */
export function trigramKey(text: string, at: number): TrigramKey {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) < 1024 ? (a << 20) | (b << 10) | c : text.slice(at, at + 3);
}

/** The trigram a key stands for (trigramKey's inverse). */
export const trigramText = (key: TrigramKey): string =>
  typeof key === 'string' ? key : String.fromCharCode(key >>> 20, (key >>> 10) & 1023, key & 1023);
