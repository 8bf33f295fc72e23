// One table owns the names of spoken languages: the parser's "not a skill" list and the engine's
// "who speaks …" read the same names, so a name added once is read by both.
import { describe, expect, it } from 'vitest';
import { spokenLanguageNamed } from '../../../src/engine/spoken-language-names.js';
import { HUMAN_LANGUAGES, isHumanLanguage } from '../../../src/profiles/vocabulary/human-languages.js';
import { SPOKEN_LANGUAGES } from '../../../src/profiles/vocabulary/spoken-languages.js';
import { foldText } from '../../../src/text/fold-text.js';

describe('the one table of spoken languages', () => {
  it('gives the parser every name the engine answers by, in any language', () => {
    for (const language of SPOKEN_LANGUAGES)
      for (const name of language.names.split('|')) expect(isHumanLanguage(name)).toBe(true);
    expect(isHumanLanguage('Magyar')).toBe(true);
    expect(isHumanLanguage('Castellano')).toBe(true);
  });

  it('answers "who speaks" for every language the parser knows', () => {
    for (const name of HUMAN_LANGUAGES) expect(spokenLanguageNamed(name)).not.toBeNull();
    expect(spokenLanguageNamed('slovak')?.language.key).toBe('slovak');
    expect(spokenLanguageNamed('afrikaans')?.language.label).toBe('Afrikaans');
  });

  it('never lists a technology or a nationality as a language', () => {
    for (const word of ['go', 'rust', 'python', 'brazilian', 'swiss'])
      expect(HUMAN_LANGUAGES.has(foldText(word))).toBe(false);
  });
});
