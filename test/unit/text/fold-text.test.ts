// The one text folding: every layer spells accented and special letters the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingWords } from '../../../src/profiles/markdown/section-kinds.js';
import { slugify } from '../../../src/profiles/model/slugify.js';
import { foldSkillKey } from '../../../src/profiles/vocabulary/skill-aliases.js';
import { foldedWords, foldLetters, foldText, wordTokens } from '../../../src/text/fold-text.js';

describe('foldLetters', () => {
  it('lowercases and strips accents', () => {
    expect(foldLetters('Brückner Ñoño Çelik')).toBe('bruckner nono celik');
  });

  it('spells out letters that do not decompose', () => {
    expect(foldLetters('Straße Æsir Øre Œuvre Łódź Đorđe Þór Ðan Işık')).toBe(
      'strasse aesir ore oeuvre lodz dorde thor dan isik',
    );
  });

  it('lowercases compatibility forms that decompose to capitals', () => {
    expect(foldLetters('ℍ𝔸')).toBe('ha');
  });

  it('keeps kana voicing marks, so two places that differ only by them stay apart', () => {
    expect(foldLetters('ガラパゴス')).not.toBe(foldLetters('カラハコス'));
    expect(foldLetters('パリ')).toBe('パリ');
    // Half-width and decomposed kana fold to the same letters as the precomposed ones.
    expect(foldLetters('ﾊﾞﾝｸﾞｰ')).toBe('バングー');
    expect(foldLetters('ハ\u3099ンク\u3099ー')).toBe('バングー');
    expect(foldText('ヴェネツィア 大阪')).toBe('ヴェネツィア 大阪');
    // A voicing mark with no kana to join is dropped like any other mark.
    expect(foldLetters('\u3099a')).toBe('a');
  });

  it('keeps punctuation and emoji as they are', () => {
    expect(foldLetters('C++ — “Go” 🚀')).toBe('c++ — “go” 🚀');
  });
});

describe('foldText', () => {
  it('turns everything but letters and digits into single spaces', () => {
    expect(foldText('  Jürgen-Ödön, Ph.D. (2024) ')).toBe('jurgen odon ph d 2024');
  });

  it('folds plain text the same way on its fast path as through Unicode normalisation', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), (text) => {
        // A trailing "é" sends the same text down the Unicode path; it folds to one more "e".
        expect(foldText(`${text} é`)).toBe(`${foldText(text)} e`.trim());
      }),
    );
  });

  it('gives distinct words in order', () => {
    expect(wordTokens('Rust, rust and GÖ')).toEqual(['rust', 'and', 'go']);
  });
});

describe('foldedWords', () => {
  it('reads the words foldText spaces apart, in order, repeats kept, and none from text without letters', () => {
    expect(foldedWords('  Rust, rust — Jürgen-Ödön 🚀 東京 ')).toEqual([
      'rust',
      'rust',
      'jurgen',
      'odon',
      '東京',
    ]);
    expect(foldedWords(' — 🚀 ')).toEqual([]);
  });

  it('gives the words of foldText for any text, on both of its paths', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.boolean(), (text, accent) => {
        const input = accent ? `${text} é` : text;
        expect(foldedWords(input)).toEqual(foldText(input).split(' ').filter(Boolean));
      }),
    );
  });
});

describe('every layer folds alike', () => {
  it('matches a Danish or German spelling in ids, headings and skill keys', () => {
    expect(slugify('Søren Straße')).toBe('soren-strasse');
    expect(headingWords('Über Æble')).toEqual(['uber', 'aeble']);
    expect(foldSkillKey('Ørm.js')).toBe('ormjs');
    expect(foldText('Søren Straße')).toBe('soren strasse');
  });
});
