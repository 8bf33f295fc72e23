// Typos in the words that shape a question ("hwo knows", "who knws", "anyoen"): corrected in the
// first four words only, never into or out of a common English word ("now" stays "now").
import { editDistance } from '../search/edit-distance.js';

const TARGETS = [
  'knows',
  'know',
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'does',
  'experience',
  'what',
  'where',
  'contact',
  'skills',
];
/** Misspellings of "who" (three letters: too short for an edit-distance rule). */
const WHO = new Set(['hwo', 'woh', 'whoo', 'wjo', 'wh0', 'qho']);
/** Contractions typed without the apostrophe ("whats lena's email"). */
const CONTRACTED = new Map([
  ['whos', "who's"],
  ['whats', "what's"],
  ['wheres', "where's"],
  ['hows', "how's"],
  // chat spellings of the question words
  ['wat', 'what'],
  ['wut', 'what'],
  ['wht', 'what'],
  ['whr', 'where'],
  ['dose', 'does'],
  // chat spellings of the people words
  ['any1', 'anyone'],
  ['ne1', 'anyone'],
  ['some1', 'someone'],
  ['sum1', 'someone'],
  ['ppl', 'people'],
]);
/** Real words one edit away from a target: never "corrected". */
const REAL = new Set(
  'now new knew knot knots snow show shows nose goes done one ones none noone knew known kinds nows doe dies dues does that chat hat whet whit wham wheat were there here whee whore wherever skill kills spills stills skiles contract contacts contacted'.split(
    ' ',
  ),
);

export function fixQuestionWords(text: string): string {
  const words = text.split(' ');
  for (let i = 0; i < Math.min(4, words.length); i++) {
    const word = words[i]!;
    if (WHO.has(word)) words[i] = 'who';
    else if (CONTRACTED.has(word)) words[i] = CONTRACTED.get(word)!;
    else if (word.length >= 3 && !REAL.has(word) && !TARGETS.includes(word)) {
      const target = TARGETS.find(
        (t) => Math.abs(t.length - word.length) <= 1 && editDistance(word, t, 1) <= 1,
      );
      if (target) words[i] = target;
    }
  }
  return words.join(' ');
}
