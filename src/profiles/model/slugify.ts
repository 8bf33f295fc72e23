// slugify: ASCII kebab-case ids for sections and profiles ("Backend & Data" → "backend-data").
import { foldLetters } from '../../text/fold-text.js';
import { memoize } from './memoize.js';

function slugifyUncached(text: string): string {
  return foldLetters(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '');
}

/** Cached per spelling: the same headings recur across thousands of profiles. */
export const slugify = memoize(slugifyUncached);
