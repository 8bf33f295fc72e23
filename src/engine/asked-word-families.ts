// withFamilies: the words one fact is asked and written with across languages ("remote" is "télétravail",
// "freelance" is "indépendant"), so a word of the family asked searches the others too.
import { foldLetters } from '../text/fold-text.js';

const FAMILIES: readonly (readonly string[])[] = [
  ['remote', 'remotely', 'remoto', 'remota', 'télétravail', 'remote-first', 'fernarbeit', 'homeoffice'],
  [
    'freelance',
    'freelancer',
    'freelancing',
    'independent',
    'indépendant',
    'independiente',
    'autónomo',
    'autonomo',
    'selbstständig',
    'freiberuflich',
    'einzelunternehmer',
    'self-employed',
    'contractor',
  ],
  ['resume', 'résumé', 'cv', 'curriculum', 'currículo', 'lebenslauf'],
  ['portfolio', 'portafolio', 'portfólio', 'website', 'site'],
  [
    'degree',
    'diploma',
    'diplôme',
    'bachelor',
    'master',
    'msc',
    'bsc',
    'university',
    'universidad',
    'universidade',
    'université',
    'universität',
    'college',
    'school',
    'education',
    'formação',
    'abschluss',
    'studium',
  ],
];

export const foldAsked = (text: string): string => foldLetters(text).trim();

/** Each folded word → its whole family, folded once when the module loads (never per question). */
const FAMILY_OF = new Map<string, readonly string[]>();
for (const family of FAMILIES) {
  const folded = family.map(foldAsked);
  for (const word of folded) FAMILY_OF.set(word, folded);
}

/** The asked words (folded), each with the rest of its family. */
export function withFamilies(asked: string): string {
  const words = foldAsked(asked)
    .split(/[^\p{L}\p{N}.-]+/u)
    .filter(Boolean);
  return [...new Set([...words, ...words.flatMap((w) => FAMILY_OF.get(w) ?? [])])].join(' ');
}
