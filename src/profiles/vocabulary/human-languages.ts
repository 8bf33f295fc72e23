// HUMAN_LANGUAGES: names of languages people speak (in English, their own words and others'), never
// technical skills: every name of the one table of languages (spoken-languages.ts), lowercased.
import { SPOKEN_LANGUAGES } from './spoken-languages.js';

export const HUMAN_LANGUAGES: ReadonlySet<string> = new Set(
  SPOKEN_LANGUAGES.flatMap((language) => language.names.split('|').map((name) => name.toLowerCase())),
);

/** `name` ("English", "norsk") is a language people speak. */
export function isHumanLanguage(name: string): boolean {
  return HUMAN_LANGUAGES.has(name.trim().toLowerCase());
}
