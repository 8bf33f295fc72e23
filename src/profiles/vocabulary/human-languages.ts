// HUMAN_LANGUAGES: names of languages people speak (in English and in their own words), never technical skills.
export const HUMAN_LANGUAGES: ReadonlySet<string> = new Set(
  'english spanish french german portuguese italian dutch russian ukrainian polish czech slovak arabic hebrew turkish persian farsi hindi urdu bengali bangla punjabi gujarati marathi tamil telugu kannada malayalam chinese mandarin cantonese japanese korean vietnamese thai indonesian malay filipino tagalog swahili greek swedish norwegian danish finnish hungarian romanian bulgarian serbian croatian catalan basque amharic yoruba hausa igbo zulu afrikaans nepali sinhala deutsch español espanol français francais português portugues italiano nederlands norsk svenska dansk suomi polski русский українська английский немецкий французский испанский итальянский китайский японский украинский 中文 日本語 한국어 英語 英语 영어'.split(
    ' ',
  ),
);

/** `name` ("English", "norsk") is a language people speak. */
export function isHumanLanguage(name: string): boolean {
  return HUMAN_LANGUAGES.has(name.trim().toLowerCase());
}
