// latinSkeletons: a folded name word (foldText) spelled in Latin letters and reduced to a key its
// common romanisations share ("Василий", "vasily", "vasiliy", "vasilii", "Wassily" → "vasili"); and
// nominativeForms, the likely dictionary forms of a declined Cyrillic name ("сергеем" → "сергеи").

/**
 * Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Macedonian) and Greek letters as they are
 * romanised most often, after foldText (it already made й → и, ё → е, ї → і, ў → у and dropped accents).
 */
const ROMAN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  // A vowel in Bulgarian names ("Кънчев" → Kanchev); Russian names all but never hold a hard sign.
  ъ: 'a',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  є: 'ye',
  ґ: 'g',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѕ: 'dz',
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'ks',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};
const ROMAN_LETTER = new RegExp(`[${Object.keys(ROMAN).join('')}]`, 'g');
// Greek pairs read as one sound: "Ευάγγελος" → Evangelos, "Κουρής" → Kouris.
const GREEK_PAIRS: Record<string, string> = { ου: 'ou', γγ: 'ng', ευ: 'ev', αυ: 'av' };
const GREEK_PAIR = /ου|γγ|ευ|αυ/g;
const ASCII_WORD = /^[a-z0-9]+$/;

/**
 * Spellings one sound has across romanisations, made one: x/ks, ph/f, w/v, kh/h, tz/ts, dj/đ (folded d), j
 * and y as i, a word-initial "ye" as e (Yevgeny, Evgeny), "yo" inside a word as e (folding made ё an е:
 * Artyom, Артём → artem), and doubled letters as one (Vassily, Vasilii).
 */
function skeleton(latin: string): string {
  return latin
    .replace(/(?<=[a-z])yo/g, 'e')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/kh/g, 'h')
    .replace(/tz/g, 'ts')
    .replace(/dj/g, 'd')
    .replace(/[jy]/g, 'i')
    .replace(/^ie/, 'e')
    .replace(/([a-z])\1+/g, '$1');
}

/**
 * The romanisation keys of one folded word: one, or two when it holds a Cyrillic г, which Ukrainian and
 * Belarusian names romanise as h (Сергій → Serhii); none for a word in another script (Han, Hangul…).
 */
export function latinSkeletons(word: string): string[] {
  if (ASCII_WORD.test(word)) return [skeleton(word)];
  const latin = romanised(word, 'g');
  if (!ASCII_WORD.test(latin)) return [];
  return word.includes('г') ? [skeleton(latin), skeleton(romanised(word, 'h'))] : [skeleton(latin)];
}

/** The word with its Cyrillic and Greek letters romanised, г as `g`. */
function romanised(word: string, g: string): string {
  return word
    .replace(GREEK_PAIR, (p) => GREEK_PAIRS[p] ?? p)
    .replace(ROMAN_LETTER, (c) => (c === 'г' ? g : (ROMAN[c] ?? c)));
}

/** Case endings of Russian and Ukrainian names, folded (ой is ои), the longest first. */
const CASE_ENDINGS = [
  ...['ого', 'его', 'ому', 'ему', 'ем', 'єм', 'ом', 'ои', 'еи', 'ою', 'ею', 'ым', 'им'],
  ...['а', 'я', 'у', 'ю', 'е', 'ы', 'и'],
];
/** What a name's dictionary form may end with once the case ending is off: Костин, Сергей (и), Анна, Мария, Игорь. */
const NOMINATIVE_ENDINGS = ['', 'и', 'а', 'я', 'ь'];
const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;
/** A stem shorter than this is too little of a name to stand for one ("ей" is no name). */
const MIN_STEM = 3;

/**
 * Dictionary forms a declined Cyrillic name word may have ("сергеем" → "сергеи", "анной" → "анна",
 * "костиным" → "костин"); the word itself first. Other words: just the word.
 */
export function nominativeForms(word: string): string[] {
  if (!CYRILLIC_WORD.test(word)) return [word];
  const forms = new Set([word]);
  for (const ending of CASE_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    const stem = word.slice(0, -ending.length);
    for (const nominative of NOMINATIVE_ENDINGS) forms.add(stem + nominative);
  }
  return [...forms];
}
