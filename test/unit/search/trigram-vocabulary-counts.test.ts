// The vocabulary's trigram count per word (its Dice denominator) counts each distinct padded trigram once.
import { describe, expect, it } from 'vitest';
import { createTrigramVocabulary } from '../../../src/search/trigram-vocabulary.js';
import { paddedTrigrams } from '../../../src/search/trigrams.js';

describe('trigram vocabulary counts', () => {
  it('counts a word whose trigrams repeat ("aaaa", "abab") by its distinct trigrams', () => {
    const vocabulary = createTrigramVocabulary();
    const words = ['aaaa', 'abab', 'banana', 'x', 'rust'];
    for (const word of words) vocabulary.add(word);
    const { words: kept, gramCount } = vocabulary.snapshot();
    for (const word of words) expect(gramCount[kept.indexOf(word)]).toBe(paddedTrigrams(word).length);
  });

  it('counts a word re-added under a freed id like a fresh one, and still finds it exactly', () => {
    const vocabulary = createTrigramVocabulary();
    vocabulary.add('anana');
    vocabulary.drop('anana');
    vocabulary.add('nanana');
    const { words, gramCount } = vocabulary.snapshot();
    expect(gramCount[words.indexOf('nanana')]).toBe(paddedTrigrams('nanana').length);
    expect(vocabulary.expand('nanana')[0]).toEqual({ token: 'nanana', similarity: 1 });
  });
});
