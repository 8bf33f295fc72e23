// lookAlikeKey: folded text with the Cyrillic, Greek and Armenian letters that look like Latin ones
// spelled as those ("аda" with a Cyrillic а → "ada"), so two names a reader cannot tell apart get the same
// key; and scriptsBesideLatin, which of those scripts a name is written in (said when two look alike).
import { foldText } from './fold-text.js';

/** Lowercase letters (after folding) and the Latin letter each one passes for, by script. */
const LOOK_ALIKES: Record<string, Record<string, string>> = {
  Cyrillic: {
    а: 'a',
    в: 'b',
    е: 'e',
    і: 'i',
    ј: 'j',
    к: 'k',
    м: 'm',
    н: 'h',
    о: 'o',
    п: 'n',
    р: 'p',
    с: 'c',
    т: 't',
    у: 'y',
    х: 'x',
    ѕ: 's',
    ԁ: 'd',
    ӏ: 'l',
    ԛ: 'q',
    ԝ: 'w',
    ь: 'b',
    һ: 'h',
    ү: 'y',
  },
  Greek: {
    α: 'a',
    β: 'b',
    ε: 'e',
    η: 'n',
    ι: 'i',
    κ: 'k',
    ν: 'v',
    ο: 'o',
    ρ: 'p',
    τ: 't',
    υ: 'u',
    χ: 'x',
    γ: 'y',
    ϲ: 'c',
    ϳ: 'j',
  },
  Armenian: { օ: 'o', ս: 'u', հ: 'h', ո: 'n', ց: 'g', զ: 'q' },
};
const LATIN_OF = new Map<string, string>();
const SCRIPT_OF = new Map<string, string>();
for (const [script, letters] of Object.entries(LOOK_ALIKES))
  for (const [letter, latin] of Object.entries(letters)) {
    LATIN_OF.set(letter, latin);
    SCRIPT_OF.set(letter, script);
  }
const LOOK_ALIKE = new RegExp(`[${[...LATIN_OF.keys()].join('')}]`, 'gu');
const ASCII = /^[\x00-\x7f]*$/;

/** The folded text with every look-alike letter spelled as the Latin one it passes for. */
export function lookAlikeKey(text: string): string {
  const folded = foldText(text);
  return ASCII.test(folded) ? folded : folded.replace(LOOK_ALIKE, (c) => LATIN_OF.get(c) ?? c);
}

/** Whether the text holds a letter that passes for a Latin one (only then can it pass for a Latin name). */
export const hasLookAlike = (text: string): boolean =>
  !ASCII.test(text) && lookAlikeKey(text) !== foldText(text);

/**
 * The scripts ("Cyrillic") of the look-alike letters in a name that could pass for a Latin one (every
 * letter Latin or a look-alike, one at least a look-alike); empty for any other name ("Сергей": г, и).
 */
export function passesForLatin(name: string): string[] {
  const key = lookAlikeKey(name);
  if (!ASCII.test(key) || key === foldText(name)) return [];
  const scripts = new Set<string>();
  for (const c of foldText(name).match(LOOK_ALIKE) ?? []) scripts.add(SCRIPT_OF.get(c)!);
  return [...scripts];
}
