// Trigram keys (small integers for most scripts, text for the rest) keep the vocabulary's data and lookups
// what the trigrams' text gave: the snapshot names each trigram, and a restored vocabulary finds its words.
import { describe, expect, it } from 'vitest';
import { createTrigramVocabulary } from '../../../src/search/trigram-vocabulary.js';
import { paddedTrigrams, trigramKey, trigramText } from '../../../src/search/trigrams.js';

const WORDS = ['rust', 'łódź', 'москва', '東京', 'café☕', 'ǿϿ', 'a'];

describe('trigram keys', () => {
  it('turns every trigram, in any script, into a key that gives its text back', () => {
    for (const word of WORDS)
      for (const gram of paddedTrigrams(word)) expect(trigramText(trigramKey(gram, 0))).toBe(gram);
  });

  it('gives two different trigrams two different keys', () => {
    const grams = [...new Set(WORDS.flatMap(paddedTrigrams))];
    expect(new Set(grams.map((g) => trigramKey(g, 0))).size).toBe(grams.length);
  });

  it("writes each trigram's text in a snapshot, and a restored vocabulary finds words of every script", () => {
    const vocabulary = createTrigramVocabulary();
    for (const word of WORDS) vocabulary.add(word);
    const snapshot = vocabulary.snapshot();
    expect(snapshot.byTrigram.map(([gram]) => gram).sort()).toEqual(
      [...new Set(WORDS.flatMap(paddedTrigrams))].sort(),
    );
    const restored = createTrigramVocabulary(JSON.parse(JSON.stringify(snapshot)));
    for (const word of WORDS) expect(restored.expand(word)[0]).toEqual({ token: word, similarity: 1 });
    expect(restored.withinEdits('moskva', 2)).toEqual([]);
    expect(restored.withinEdits('москвa', 1).map((n) => n.token)).toEqual(['москва']);
  });
});
