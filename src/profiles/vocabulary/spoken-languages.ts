// SPOKEN_LANGUAGES: the one table of languages people speak, as data: each one's names in several
// languages (English, its own, others' words for it) and its ISO codes. The parser reads its names as
// spoken languages, never skills (human-languages.ts); the engine reads them as one key each
// ("espagnol", "spanisch", "스페인어" → spanish: engine/spoken-language-names.ts). A nationality
// ("Brazilian") is no language and is never listed.

export interface SpokenLanguage {
  /** The key and the English name ("spanish"). */
  key: string;
  /** What an answer calls it ("Spanish"). */
  label: string;
  /** Its names, "|"-separated: English, its own, and other languages' words for it. */
  names: string;
  /** Codes a "Languages" line writes instead ("PT (native) · ES (advanced)"); read only before a level. */
  codes: string;
}

export const SPOKEN_LANGUAGES: readonly SpokenLanguage[] = [
  {
    key: 'english',
    label: 'English',
    names: 'english|ingles|inglés|inglês|anglais|englisch|inglese|engels|angielski|английский|英语|英語|영어',
    codes: 'en|eng',
  },
  {
    key: 'spanish',
    label: 'Spanish',
    names:
      'spanish|español|espanol|castellano|castilian|espanhol|espagnol|spanisch|spagnolo|spaans|hiszpański|испанский|西班牙语|西班牙語|スペイン語|스페인어',
    codes: 'es|spa',
  },
  {
    key: 'portuguese',
    label: 'Portuguese',
    names:
      'portuguese|português|portugues|portugués|portugais|portugiesisch|portoghese|portugees|португальский|葡萄牙语|ポルトガル語|포르투갈어',
    codes: 'pt|por',
  },
  {
    key: 'french',
    label: 'French',
    names:
      'french|français|francais|francés|frances|francês|französisch|francese|frans|французский|法语|法語|フランス語|프랑스어',
    codes: 'fr|fra',
  },
  {
    key: 'german',
    label: 'German',
    names:
      'german|deutsch|alemán|aleman|alemão|alemao|allemand|tedesco|duits|немецкий|德语|德語|ドイツ語|독일어',
    codes: 'de|deu|ger',
  },
  {
    key: 'italian',
    label: 'Italian',
    names: 'italian|italiano|italien|italienisch|итальянский|意大利语|イタリア語|이탈리아어',
    codes: 'it|ita',
  },
  {
    key: 'dutch',
    label: 'Dutch',
    names: 'dutch|nederlands|holandés|holandes|neerlandais|niederländisch',
    codes: 'nl',
  },
  {
    key: 'russian',
    label: 'Russian',
    names: 'russian|русский|ruso|russo|russe|russisch|俄语|ロシア語|러시아어',
    codes: 'ru|rus',
  },
  {
    key: 'ukrainian',
    label: 'Ukrainian',
    names: 'ukrainian|українська|украинский|ucraniano|ukrainien',
    codes: 'uk|ua',
  },
  { key: 'polish', label: 'Polish', names: 'polish|polski|polaco|polonais|polnisch', codes: 'pl' },
  {
    key: 'arabic',
    label: 'Arabic',
    names: 'arabic|العربية|árabe|arabe|arabisch|arabo|арабский|阿拉伯语|アラビア語|아랍어',
    codes: 'ar|ara',
  },
  { key: 'hebrew', label: 'Hebrew', names: 'hebrew|עברית|hebreo|hébreu|hebreu|hebräisch', codes: 'he' },
  { key: 'turkish', label: 'Turkish', names: 'turkish|türkçe|turkce|turco|turc|türkisch', codes: 'tr' },
  { key: 'persian', label: 'Persian', names: 'persian|farsi|فارسی|persa|persan|persisch', codes: 'fa' },
  { key: 'hindi', label: 'Hindi', names: 'hindi|हिन्दी|हिंदी', codes: 'hi' },
  { key: 'urdu', label: 'Urdu', names: 'urdu|اردو', codes: 'ur' },
  { key: 'bengali', label: 'Bengali', names: 'bengali|bangla|বাংলা', codes: 'bn' },
  { key: 'punjabi', label: 'Punjabi', names: 'punjabi', codes: 'pa' },
  { key: 'tamil', label: 'Tamil', names: 'tamil|தமிழ்', codes: 'ta' },
  { key: 'telugu', label: 'Telugu', names: 'telugu|తెలుగు', codes: 'te' },
  { key: 'marathi', label: 'Marathi', names: 'marathi|मराठी', codes: 'mr' },
  {
    key: 'chinese',
    label: 'Chinese',
    names:
      'chinese|mandarin|中文|汉语|漢語|普通话|chino|chinês|chines|chinois|chinesisch|cinese|китайский|中国語|중국어',
    codes: 'zh',
  },
  { key: 'cantonese', label: 'Cantonese', names: 'cantonese|粤语|廣東話|广东话', codes: 'yue' },
  {
    key: 'japanese',
    label: 'Japanese',
    names: 'japanese|日本語|japonés|japones|japonês|japonais|japanisch|giapponese|японский|日语|일본어',
    codes: 'ja|jp',
  },
  {
    key: 'korean',
    label: 'Korean',
    names: 'korean|한국어|coreano|coréen|coreen|koreanisch|корейский|韩语|韓国語',
    codes: 'ko|kr',
  },
  {
    key: 'vietnamese',
    label: 'Vietnamese',
    names: 'vietnamese|tiếng việt|tieng viet|vietnamita',
    codes: 'vi',
  },
  { key: 'thai', label: 'Thai', names: 'thai|ภาษาไทย|tailandés', codes: 'th' },
  { key: 'indonesian', label: 'Indonesian', names: 'indonesian|bahasa indonesia|indonesio', codes: 'id' },
  { key: 'malay', label: 'Malay', names: 'malay|bahasa melayu|bahasa malaysia', codes: 'ms' },
  { key: 'filipino', label: 'Filipino', names: 'filipino|tagalog', codes: 'tl' },
  { key: 'swahili', label: 'Swahili', names: 'swahili|kiswahili', codes: 'sw' },
  { key: 'greek', label: 'Greek', names: 'greek|ελληνικά|griego|grego|grec|griechisch', codes: 'el' },
  { key: 'swedish', label: 'Swedish', names: 'swedish|svenska|sueco|suédois|schwedisch', codes: 'sv' },
  {
    key: 'norwegian',
    label: 'Norwegian',
    names: 'norwegian|norsk|noruego|norvégien|norwegisch',
    codes: 'no|nb',
  },
  { key: 'danish', label: 'Danish', names: 'danish|dansk|danés|danois|dänisch', codes: 'da' },
  { key: 'finnish', label: 'Finnish', names: 'finnish|suomi|finlandés|finnois|finnisch', codes: 'fi' },
  { key: 'czech', label: 'Czech', names: 'czech|čeština|cestina|checo|tchèque|tschechisch', codes: 'cs' },
  { key: 'hungarian', label: 'Hungarian', names: 'hungarian|magyar|húngaro|hongrois|ungarisch', codes: 'hu' },
  {
    key: 'romanian',
    label: 'Romanian',
    names: 'romanian|română|romana|rumano|roumain|rumänisch',
    codes: 'ro',
  },
  { key: 'catalan', label: 'Catalan', names: 'catalan|català|catala|catalán|katalanisch', codes: 'ca' },
  {
    key: 'creole',
    label: 'Haitian Creole',
    names: 'haitian creole|creole|créole|kreyòl|kreyol|criollo haitiano',
    codes: 'ht',
  },
  { key: 'amharic', label: 'Amharic', names: 'amharic|አማርኛ', codes: 'am' },
  { key: 'nepali', label: 'Nepali', names: 'nepali|नेपाली', codes: 'ne' },
  { key: 'slovak', label: 'Slovak', names: 'slovak|slovenčina|slovencina', codes: 'sk' },
  { key: 'serbian', label: 'Serbian', names: 'serbian|srpski|српски', codes: 'sr' },
  { key: 'croatian', label: 'Croatian', names: 'croatian|hrvatski', codes: 'hr' },
  { key: 'bulgarian', label: 'Bulgarian', names: 'bulgarian|български', codes: 'bg' },
  { key: 'gujarati', label: 'Gujarati', names: 'gujarati|ગુજરાતી', codes: 'gu' },
  { key: 'kannada', label: 'Kannada', names: 'kannada|ಕನ್ನಡ', codes: 'kn' },
  { key: 'malayalam', label: 'Malayalam', names: 'malayalam|മലയാളം', codes: 'ml' },
  { key: 'sinhala', label: 'Sinhala', names: 'sinhala|සිංහල', codes: 'si' },
  { key: 'basque', label: 'Basque', names: 'basque|euskara', codes: 'eu' },
  { key: 'yoruba', label: 'Yoruba', names: 'yoruba|yorùbá', codes: 'yo' },
  { key: 'hausa', label: 'Hausa', names: 'hausa', codes: 'ha' },
  { key: 'igbo', label: 'Igbo', names: 'igbo', codes: 'ig' },
  { key: 'zulu', label: 'Zulu', names: 'zulu|isizulu', codes: 'zu' },
  { key: 'afrikaans', label: 'Afrikaans', names: 'afrikaans', codes: 'af' },
];
