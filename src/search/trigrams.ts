// Trigram similarity for fuzzy word matching (typos in names, skills and section titles).

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
