// slugify: ASCII kebab-case ids for sections and profiles ("Backend & Data" → "backend-data").
import { memoize } from './memoize.js';

/** Letters that don't decompose into ASCII + accent. */
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

function slugifyUncached(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæøœłđþðı]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '');
}

/** Cached per spelling: the same headings recur across thousands of profiles. */
export const slugify = memoize(slugifyUncached);
