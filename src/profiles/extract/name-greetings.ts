// nameInText: the name a sentence introduces ("Hi, I'm Ana Ruiz", "Soy Ana", "Меня зовут
// Аня", "我是安娜"), read word by word so no article or rest of the sentence is left in it.
import { stripEmoji } from '../markdown/clean-heading.js';
import { cjkNameIn } from './name-cjk.js';
import { isHandle, type ReadOptions, readPersonName } from './read-person-name.js';

const GREET =
  "hi+|hey+|heyo|heya|hello+|ello+|hullo|hiya|howdy|yo|sup|wassup|ahoy|aloha|g['’]?day|greetings|welcome|hola+|buenas|buenos\\s{1,3}d[ií]as|bonjour|salut|coucou|hallo|servus|moin|grüezi|hoi|ol[aá]+|oi+|bom\\s{1,3}dia|ciao|salve|buongiorno|namaste|namaskar|vanakkam|привет|приветствую|здравствуйте|здравствуй|привіт|вітаю|здраво|hej|hei|hallå|terve|ahoj|nazdar|cze[śs][ćc]|witam|witajcie|szia|sziasztok|merhaba|merhabalar|selam|selamlar|marhaba|salaam|salam|shalom|xin\\s{1,3}ch[àa]o|ch[àa]o|halo|hai|kamusta|kumusta|mabuhay|jambo|habari|sawubona|γεια(?:\\s{1,3}σας|\\s{1,3}σου)?|你好|大家好|嗨|哈[喽囉]|こんにちは|안녕하세요|ሰላም|مرحباً?|أهلا|اهلا|سلام|שלום|नमस्ते|नमस्कार|வணக்கம்|สวัสดี";
const FOLKS =
  "there|all|everyone|everybody|world|folks|guys|friends|people|y['’]all|todos|a todos|tout le monde|zusammen|pessoal|gente|mundo|всем";
// Intros that only introduce a name ("My name is", "Me llamo", "The name on the family register is"):
// trusted at the start of any sentence.
const STRONG =
  "i\\s?['’‘`´]\\s?m|i\\s{1,3}am|my\\s{1,3}name\\s{1,3}is|(?:my|the)\\s{1,3}(?:real|full|legal|given|official)\\s{1,3}name\\s{1,3}is|the\\s{1,3}name\\s{1,3}on\\s{1,3}(?:the\\s{1,3}|my\\s{1,3})?(?:family\\s{1,3}register|passport|birth\\s{1,3}certificate)\\s{1,3}is|my\\s{1,3}name['’]s|me\\s{1,3}llamo|mi\\s{1,3}nombre\\s{1,3}es|me\\s{1,3}chamo|chamo-me|meu\\s{1,3}nome\\s{1,3}[ée]|eu\\s{1,3}sou|je\\s{1,3}m['’]\\s?appelle|moi\\s*,?\\s{1,3}c['’]\\s?est|mon\\s{1,3}nom\\s{1,3}est|ich\\s{1,3}bin|ich\\s{1,3}hei(?:ß|ss)e|mein\\s{1,3}name\\s{1,3}ist|mi\\s{1,3}chiamo|il\\s{1,3}mio\\s{1,3}nome\\s{1,3}[èe]|ik\\s{1,3}ben|mijn\\s{1,3}naam\\s{1,3}is|меня\\s{1,3}зовут|мене\\s{1,3}звати|мо[её]\\s{1,3}имя|моє\\s{1,3}ім['’ʼ]я|nazywam\\s{1,3}si[ęe]|mam\\s{1,3}na\\s{1,3}imi[ęe]|jmenuji\\s{1,3}se|jmenuju\\s{1,3}se|benim\\s{1,3}ad[ıi]m|t[êe]n\\s{1,3}(?:t[ôo]i|m[ìi]nh|em)\\s{1,3}l[àa]|nama\\s{1,3}(?:saya|aku|ku)(?:\\s{1,3}adalah)?|perkenalkan\\s{1,3}(?:nama\\s{1,3})?saya|jag\\s{1,3}heter|jeg\\s{1,3}(?:heter|hedder)|ik\\s{1,3}heet|m[ăa]\\s{1,3}numesc|με\\s{1,3}λένε|(?:minun\\s{1,3})?nimeni\\s{1,3}on|ang\\s{1,3}pangalan\\s{1,3}ko\\s{1,3}ay";
// Intros that also begin ordinary sentences ("This is a list", "Soy desarrollador"): only in a heading
// or right after a greeting word.
const WEAK =
  "this\\s{1,3}is|it['’]s|here['’]s|soy|sou|je\\s{1,3}suis|c['’]\\s?est|sono|я|jestem|jsem|t[ôo]i\\s{1,3}l[àa]|m[ìi]nh\\s{1,3}l[àa]|είμαι|ako\\s{1,3}si";
// "I am" words that also start other sentences and name nothing without a greeting before them: "Merhaba,
// ben Ahmet", "Halo, saya Budi" (but "Ben Carter" alone is a name, "Saya suka…" a sentence).
const GREETED = 'ben|saya|aku';

const INTRO = new RegExp(
  `^(?:(?:${GREET})(?![\\p{L}])[\\s,!.¡~-]{0,6}(?:(?:${FOLKS})(?![\\p{L}])[\\s,!.~-]{0,6})?)?((?:${STRONG})|(?:${WEAK})|(?<=[\\s,!.~-])(?:${GREETED}))(?![\\p{L}])[\\s:,—–]{0,3}`,
  'iu',
);
// A short opening clause before a comma (one to three words) with a word in another script: a greeting
// in the author's language the list does not know ("नमस्ते (Namaste),", "Assalamu alaikum" is Latin).
const LEAD_CLAUSE = /^[^\s,，]{1,20}(?: [^\s,，]{1,20}){0,2}\s?[,，]\s{0,3}(?=\S)/u;
const NON_LATIN = /(?!\p{Script=Latin})\p{L}/u;
const ENGLISH_INTRO = /^(?:i\s?['’‘`´]\s?m|i\s{1,3}am|this\s{1,3}is|it['’]s|here['’]s)$/iu;
const ARTICLE_BEFORE_NAME = /^(?:a|o|la|el|il|le|η|ο)\s(?=\p{Lu})/u;
const WEAK_ONLY = new RegExp(`^(?:${WEAK}|${GREETED})$`, 'iu');
const GREETING_ONLY = new RegExp(
  `^(?:${GREET})(?![\\p{L}])[\\s,!.~-]{0,6}(?:(?:${FOLKS})(?![\\p{L}])[\\s,!.~-]{0,6})?$`,
  'iu',
);
const STARTS_WITH_GREETING = new RegExp(`^(?:${GREET})(?![\\p{L}])`, 'iu');
// "HI, IAM DARIO": "I am" run together after a greeting word.
const GLUED_IAM = new RegExp(`^((?:${GREET})(?![\\p{L}])[\\s,!.]{1,6})iam(?=\\s)`, 'iu');

const RU_NOT_NAME =
  /^(?:разработчи\p{L}*|программист\p{L}*|инженер\p{L}*|студент\p{L}*|дизайнер\p{L}*|аналитик\p{L}*|тестировщи\p{L}*|рада?|тут|здесь|новичок|снова|не)$/iu;
const SHORTCODE = /:[a-z0-9_+-]{1,30}:/g;

const MARKUP = /[*~`]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
// Each step runs only when its characters are there (most lines are plain text): every character
// stripEmoji removes is in MAY_EMOJI (© ®, ZWJ, U+203C–U+3299, variation selectors, and the high
// surrogates of U+1F000–U+1FFFF; a unit test checks every code point), markup needs one of *~`_,
// collapsing a tab or two spaces.
export const MAY_EMOJI = /[\u00a9\u00ae\u203c-\u3299\ud83c-\ud83f]|\u200d|\ufe0e|\ufe0f/;
const MAY_MARKUP = /[*~`_]/;
const FULL_WIDTH = /[\uff01-\uff5e]/;
const MAY_COLLAPSE = /[^\S ]| {2}/;

/** Emoji, `:shortcodes:` and markdown leftovers removed; whitespace collapsed; capped. */
export function cleanNameText(text: string): string {
  let out = text.length > 300 ? text.slice(0, 300) : text;
  // "Ｗｅｌｃｏｍｅ": full-width letters read as the letters they are.
  if (FULL_WIDTH.test(out)) out = out.normalize('NFKC');
  if (MAY_EMOJI.test(out)) out = stripEmoji(out);
  if (out.includes(':')) out = out.replace(SHORTCODE, ' ');
  if (MAY_MARKUP.test(out)) out = out.replace(MARKUP, '');
  if (MAY_COLLAPSE.test(out)) out = out.replace(/\s+/g, ' ');
  return out.trim();
}

// A sentence of cleaned text is clean already, unless removing marks made a new `:shortcode:` or joined a
// surrogate pair (an emoji): only then is cleaning it again not a no-op.
// Never after an initial ("J.D. Nicholls", "Ana K. Ruiz"): a capital letter alone before the dot.
// " | " parts a line too ("ሰላም | Hello there, I'm Henok"): each part is read as a sentence of its own.
const SENTENCE_BREAK = /(?<=[.!?。！？])(?<![\s.]\p{Lu}\.|^\p{Lu}\.)\s+|\s\|\s/u;
const SENTENCE_END_CHAR = /[.!?。！？|]/;
const MAY_CLEAN_AGAIN = /[:\uD800-\uDFFF]/;

export interface GreetingOptions extends ReadOptions {
  /** Headings (and the sentence after a bare "Hey!") may use weak intros: "This is CoCo", "It's Ari". */
  weakIntros?: boolean;
}

function nameInCleanSentence(clean: string, options: GreetingOptions): string | null {
  // Ornaments before the words ("✦ Hi, I'm Ana", "> whoami: …") are not part of the sentence.
  // Most sentences start with a letter or digit (no ornament to strip) and hold no "iam" (nothing glued).
  const text = startsAlphanumeric(clean) ? clean : clean.replace(/^[\s¡¿!.,:;~>|\p{S}\p{Pd}]+/u, '');
  const cjkRun = cjkNameIn(text);
  if (cjkRun) return cjkRun;
  const unglued = text.toLowerCase().includes('iam') ? text.replace(GLUED_IAM, '$1I am') : text;
  const intro = INTRO.exec(unglued);
  // "Ana here" names someone in a heading or after a greeting, not in a sentence ("Works here.").
  if (!intro) {
    if (!options.weakIntros && !STARTS_WITH_GREETING.test(text)) return null;
    // "नमस्ते (Namaste), I'm Anmol": a greeting the list doesn't know, then a strong intro after the comma.
    // "Hello Universe, I'm J.D.": a greeting word with a word of its own before the comma, likewise.
    const greeted = STARTS_WITH_GREETING.test(text);
    let lead = options.weakIntros || greeted ? LEAD_CLAUSE.exec(text) : null;
    if (lead && !greeted && !NON_LATIN.test(lead[0])) lead = null;
    const after = lead
      ? nameInCleanSentence(text.slice(lead[0].length), { ...options, weakIntros: false })
      : null;
    return after ?? hereName(text, options);
  }
  const weak = WEAK_ONLY.test(intro[1]!.replace(/\s+/g, ' '));
  if (weak && !options.weakIntros && !STARTS_WITH_GREETING.test(text)) return null;
  // "Eu sou a Rafaella", "Soy la Ana": an article before a capitalised word is not part of the name. In
  // English "a" is only ever the article of a thing ("I'm a Night 🦉", "I'm a Developer").
  const after = unglued.slice(intro[0].length);
  const rest = ENGLISH_INTRO.test(intro[1]!) ? after : after.replace(ARTICLE_BEFORE_NAME, '');
  // Lowercase names only after an intro that cannot start anything else ("This is awesome").
  // Someone who writes all in lower case greets in it too ("heya, i'm tierney."): after a greeting word
  // and a strong intro, in a sentence without a capital letter, a lowercase name is theirs.
  const lowercase = options.lowercase || (STARTS_WITH_GREETING.test(text) && !/\p{Lu}/u.test(text));
  // "Привет, я нест" in a heading: Russian has no "am", so "я" after a greeting is "I'm" — a lowercase
  // nickname that ends the heading is a name, a role or a state ("я разработчик", "я рад") is not.
  const russianIntro =
    weak && options.lowercase === true && /^я$/iu.test(intro[1]!) && STARTS_WITH_GREETING.test(text);
  if (russianIntro && RU_NOT_NAME.test(rest.trim().split(/[\s,.!]/u)[0] ?? '')) return null;
  const name = readPersonName(rest, { ...options, lowercase: lowercase && (!weak || russianIntro) });
  const handleFirst = name !== null && (isHandle(name, options.handle) || /^\s{0,2}@/.test(rest));
  return handleFirst ? (fullNameAfterHandle(rest, options) ?? name) : name;
}

/** An ASCII letter or digit first: no ornament class character (\s ¡ ¿ punctuation, \p{S}, \p{Pd}) can be it. */
function startsAlphanumeric(text: string): boolean {
  const code = text.charCodeAt(0) | 0x20; // ASCII letters folded to lowercase; digits keep their codes
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/** "I'm @tiangolo (Sebastián Ramírez)": the full name in brackets after the handle says more. */
function fullNameAfterHandle(rest: string, options: ReadOptions): string | null {
  const bracket = /^\s{0,2}@?[\p{L}\p{N}_.-]{1,39}\s{0,3}[(（]([^()（）]{3,60})[)）]/u.exec(rest);
  const name = bracket ? readPersonName(bracket[1]!, { handle: options.handle }) : null;
  return name?.includes(' ') && name === bracket![1]!.trim() ? name : null;
}

/** "Samujjwaal here 👋" / "Hi, Ana here". */
function hereName(text: string, options: GreetingOptions): string | null {
  const here = /^(?:(?:hi|hey|hello)[\s,!]{1,3})?(.{1,60}?)\s{1,3}here(?:[\s!.,]|$)/iu.exec(text);
  if (!here) return null;
  const name = readPersonName(here[1]!, options);
  return name && name.length === here[1]!.replace(/^@/, '').length ? name : null;
}

/** The text is a greeting and nothing else ("Hi there!", "你好"): no name in it. */
export const isGreetingOnly = (text: string): boolean => GREETING_ONLY.test(text.replace(/[¡¿]/g, '').trim());

/** Sentences of a text line, each flagged when the previous one was a bare greeting ("Hey! This is CoCo."). */
export function nameInText(text: string, options: GreetingOptions): string | null {
  let afterGreeting = false;
  const cleaned = cleanNameText(text);
  // Most lines are one sentence: without a sentence end there is nothing to split.
  const sentences = SENTENCE_END_CHAR.test(cleaned) ? cleaned.split(SENTENCE_BREAK).slice(0, 6) : [cleaned];
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    const clean = MAY_CLEAN_AGAIN.test(sentence) ? cleanNameText(sentence) : sentence;
    const name = nameInCleanSentence(clean, { ...options, weakIntros: options.weakIntros || afterGreeting });
    if (name) return name;
    // Only the next sentence reads it.
    if (i + 1 < sentences.length) afterGreeting = GREETING_ONLY.test(sentence.replace(/[¡¿]/g, '').trim());
  }
  return null;
}
