import { describe, expect, it } from 'vitest';
import { foldText } from '../../../src/text/fold-text.js';
import { latinSkeletons, nominativeForms } from '../../../src/text/latin-skeleton.js';

const keys = (name: string) => latinSkeletons(foldText(name));

describe('latinSkeletons', () => {
  it.each([
    ['Василий', ['vasily', 'vasiliy', 'vasilii', 'Wassily']],
    ['Сергей', ['sergey', 'sergei', 'Sergej']],
    ['Юрий', ['yuri', 'yury', 'iurii', 'juri']],
    ['Алексей', ['alexey', 'aleksei', 'alexei']],
    ['Евгений', ['evgeny', 'yevgeniy', 'evgenii']],
    ['Наталья', ['natalya', 'natalia', 'nataliya']],
    ['Артём', ['artyom', 'artem']],
    ['Фёдор', ['fyodor', 'fedor']],
    ['Олександр', ['oleksandr']],
    ['Ђорђе', ['Đorđe', 'djordje']],
    ['Кънчев', ['kanchev']],
    ['Γιώργος', ['giorgos']],
    ['Ευάγγελος', ['evangelos']],
  ])('gives %s the key its common romanisations share', (native, romanised) => {
    for (const spelling of romanised) expect(keys(native)).toContain(keys(spelling)[0]);
  });

  it('reads a Cyrillic г as h too, as Ukrainian names are romanised (Сергій → Serhii)', () => {
    expect(keys('Сергій')).toContain(keys('serhiy')[0]);
    expect(keys('Гнатюк')).toContain(keys('hnatyuk')[0]);
  });

  it('has no key for a word in a script it does not romanise', () => {
    expect(keys('김정하')).toEqual([]);
    expect(keys('九心')).toEqual([]);
  });
});

describe('nominativeForms', () => {
  it.each([
    ['сергеем', 'сергей'],
    ['сергея', 'сергей'],
    ['анной', 'анна'],
    ['костиным', 'костин'],
    ['игорем', 'игорь'],
    ['марией', 'мария'],
    ['сергієм', 'сергій'],
  ])('offers %s as %s', (declined, nominative) => {
    expect(nominativeForms(foldText(declined))).toContain(foldText(nominative));
  });

  it('leaves Latin words and too short stems alone', () => {
    expect(nominativeForms('sergeem')).toEqual(['sergeem']);
    expect(nominativeForms('ией')).toEqual(['ией']);
  });
});
