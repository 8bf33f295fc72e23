// Padded trigrams of a word, the keys of fuzzy word matching (trigram-vocabulary.ts scores them).

/** Trigrams of a word padded at both ends, so short words and first letters weigh in ("  d", " dj", …). */
export function paddedTrigrams(word: string): string[] {
  const padded = `  ${word} `;
  const out = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3));
  return [...out];
}
