// spokenLanguageNamed: the language a team asks about ("who speaks spanish", "espagnol", "스페인어" →
// spanish), read from the one table of languages (profiles/vocabulary/spoken-languages.ts) with its names
// folded as foldText writes them; LANGUAGE_NAME_SOURCE, all its names for the question rules.
import { SPOKEN_LANGUAGES, type SpokenLanguage } from '../profiles/vocabulary/spoken-languages.js';
import { foldText } from '../text/fold-text.js';

/** A language with its names folded, as a profile's line is read. */
export interface SpokenLanguageWords {
  language: SpokenLanguage;
  names: readonly string[];
  codes: readonly string[];
}

const FOLDED: readonly SpokenLanguageWords[] = SPOKEN_LANGUAGES.map((language) => ({
  language,
  names: [...new Set(language.names.split('|').map((n) => foldText(n)))],
  codes: language.codes.split('|'),
}));

/** The language a word or two of a question names ("espagnol", "spanish speakers" → spanish); null for anything else. */
export function spokenLanguageNamed(asked: string): SpokenLanguageWords | null {
  const words = foldText(asked)
    .replace(/ (?:speakers?|speaking|language|native speakers?)$/, '')
    .replace(/^(?:the|a|an|el|la|o|le|l|der|die|das|em|en|in|auf|por|na|no) /, '')
    .trim();
  return FOLDED.find((f) => f.names.includes(words) || f.language.key === words) ?? null;
}

/** Every name of every language as one pattern alternation, for the question rules (longest first). */
export const LANGUAGE_NAME_SOURCE = [...new Set(SPOKEN_LANGUAGES.flatMap((l) => l.names.split('|')))]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
