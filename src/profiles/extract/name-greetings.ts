// nameInGreeting, readPersonName: the name a sentence introduces ("Hi, I'm Ana Ruiz", "Soy Ana", "Меня зовут
// Аня", "我是安娜"), read word by word so no article or rest of the sentence is left in it.
import { foldLetters } from '../../text/fold-text.js';
import { stripEmoji } from '../markdown/clean-heading.js';
import { isWellKnownSkill } from '../vocabulary/skill-aliases.js';
import { cjkNameIn } from './name-cjk.js';

const GREET =
  "hi+|hey+|heyo|heya|hello+|ello+|hullo|hiya|howdy|yo|sup|wassup|ahoy|aloha|g['’]?day|greetings|welcome|hola+|buenas|bonjour|salut|coucou|hallo|servus|moin|ol[aá]+|oi+|ciao|namaste|привет|здравствуйте|hej|hei|ahoj|merhaba|你好|大家好|こんにちは|안녕하세요";
const FOLKS =
  "there|all|everyone|everybody|world|folks|guys|friends|people|y['’]all|todos|a todos|tout le monde|zusammen|pessoal|gente|mundo|всем";
// Intros that only introduce a name ("My name is", "Me llamo"): trusted at the start of any sentence.
const STRONG =
  "i\\s?['’‘`´]\\s?m|i\\s{1,3}am|my\\s{1,3}name\\s{1,3}is|my\\s{1,3}name['’]s|me\\s{1,3}llamo|mi\\s{1,3}nombre\\s{1,3}es|me\\s{1,3}chamo|chamo-me|meu\\s{1,3}nome\\s{1,3}[ée]|eu\\s{1,3}sou|je\\s{1,3}m['’]\\s?appelle|moi\\s*,?\\s{1,3}c['’]\\s?est|mon\\s{1,3}nom\\s{1,3}est|ich\\s{1,3}bin|ich\\s{1,3}hei(?:ß|ss)e|mein\\s{1,3}name\\s{1,3}ist|mi\\s{1,3}chiamo|il\\s{1,3}mio\\s{1,3}nome\\s{1,3}[èe]|ik\\s{1,3}ben|mijn\\s{1,3}naam\\s{1,3}is|меня\\s{1,3}зовут|мене\\s{1,3}звати|мо[её]\\s{1,3}имя";
// Intros that also begin ordinary sentences ("This is a list", "Soy desarrollador"): only in a heading
// or right after a greeting word.
const WEAK = "this\\s{1,3}is|it['’]s|here['’]s|soy|sou|je\\s{1,3}suis|c['’]\\s?est|sono|я";

const INTRO = new RegExp(
  `^(?:(?:${GREET})(?![\\p{L}])[\\s,!.¡~-]{0,6}(?:(?:${FOLKS})(?![\\p{L}])[\\s,!.~-]{0,6})?)?((?:${STRONG})|(?:${WEAK}))(?![\\p{L}])[\\s:,]{0,3}`,
  'iu',
);
// A short opening clause before a comma (one to three words) with a word in another script: a greeting
// in the author's language the list does not know ("नमस्ते (Namaste),", "Assalamu alaikum" is Latin).
const LEAD_CLAUSE = /^[^\s,，]{1,20}(?: [^\s,，]{1,20}){0,2}\s?[,，]\s{0,3}(?=\S)/u;
const NON_LATIN = /(?!\p{Script=Latin})\p{L}/u;
const ENGLISH_INTRO = /^(?:i\s?['’‘`´]\s?m|i\s{1,3}am|this\s{1,3}is|it['’]s|here['’]s)$/iu;
const ARTICLE_BEFORE_NAME = /^(?:a|o|la|el|il|le)\s(?=\p{Lu})/u;
const WEAK_ONLY = new RegExp(`^(?:${WEAK})$`, 'iu');
const GREETING_ONLY = new RegExp(
  `^(?:${GREET})(?![\\p{L}])[\\s,!.~-]{0,6}(?:(?:${FOLKS})(?![\\p{L}])[\\s,!.~-]{0,6})?$`,
  'iu',
);
const STARTS_WITH_GREETING = new RegExp(`^(?:${GREET})(?![\\p{L}])`, 'iu');
// "HI, IAM DARIO": "I am" run together after a greeting word.
const GLUED_IAM = new RegExp(`^((?:${GREET})(?![\\p{L}])[\\s,!.]{1,6})iam(?=\\s)`, 'iu');

/** Capitalised words that follow "I'm" without being a name: roles, states, nationalities, topics. */
const NOT_NAME_WORDS = new Set(
  (
    'a an the and or of in at on to from with for by as your my our his her their this that here there ' +
    'back glad happy open currently just not also still always really very so now ready available ' +
    'learning looking interested excited passionate new self senior junior lead principal staff chief ' +
    'full front frontend backend fullstack full-stack software web mobile data cloud machine computer tech it ' +
    'cs ai ml devops graduate student freelance freelancer independent professional certified based ' +
    'welcome hello hi hey thanks thank about contact me currently working building living ' +
    'american brazilian indian german french spanish italian chinese japanese korean russian canadian ' +
    'british mexican argentinian argentine nigerian vietnamese indonesian pakistani turkish polish dutch ' +
    'swedish portuguese ukrainian egyptian australian colombian chilean peruvian filipino bangladeshi ' +
    'tldr readme github profile top latest recent follow mvp gde phd msc bsc sorry fine ok okay alive ' +
    'human online offline remote busy hiring most'
  ).split(' '),
);
/** Role words ("Engineer", "Développeur"), and German compounds ending in one ("Softwareentwickler"). */
const ROLE =
  /^(?:engineer|developer|designer|manager|architect|scientist|consultant|programmer|analyst|student|ingeniero|desarrollador|développeur|developpeur|ingénieur|desenvolvedor|engenheiro|programador|estudiante|estudante|étudiant|enthusiast|lover|geek|nerd|hacker|maker|coder|founder|researcher|intern)s?$|(?:entwickler|ingenieur|informatiker)(?:in)?$/i;
const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'bin',
  'binti',
  'al',
  'el',
  'ibn',
  'ten',
  'ter',
]);
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|[\p{Lo}\p{M}][\p{L}\p{M}'’.-]*)$/u;
const SHORTCODE = /:[a-z0-9_+-]{1,30}:/g;

const MARKUP = /[*~`]+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu;
// Each step runs only when its characters are there (most lines are plain text): every character
// stripEmoji removes is in MAY_EMOJI (© ®, ZWJ, U+203C–U+3299, variation selectors, and the high
// surrogates of U+1F000–U+1FFFF; a unit test checks every code point), markup needs one of *~`_,
// collapsing a tab or two spaces.
export const MAY_EMOJI = /[\u00a9\u00ae\u203c-\u3299\ud83c-\ud83f]|\u200d|\ufe0e|\ufe0f/;
const MAY_MARKUP = /[*~`_]/;
const MAY_COLLAPSE = /[^\S ]| {2}/;

/** Emoji, `:shortcodes:` and markdown leftovers removed; whitespace collapsed; capped. */
export function cleanNameText(text: string): string {
  let out = text.length > 300 ? text.slice(0, 300) : text;
  if (MAY_EMOJI.test(out)) out = stripEmoji(out);
  if (out.includes(':')) out = out.replace(SHORTCODE, ' ');
  if (MAY_MARKUP.test(out)) out = out.replace(MARKUP, '');
  if (MAY_COLLAPSE.test(out)) out = out.replace(/\s+/g, ' ');
  return out.trim();
}

// A sentence of cleaned text is clean already, unless removing marks made a new `:shortcode:` or joined a
// surrogate pair (an emoji): only then is cleaning it again not a no-op.
const SENTENCE_BREAK = /(?<=[.!?。！？])\s+/u;
const SENTENCE_END_CHAR = /[.!?。！？]/;
const MAY_CLEAN_AGAIN = /[:\uD800-\uDFFF]/;

/** True when `word` is the handle ("@azu", "midudev"): people introduce themselves by it. */
export function isHandle(word: string, handle: string | null): boolean {
  return !!handle && foldLetters(word.replace(/^@/, '')) === foldLetters(handle);
}

export interface ReadOptions {
  handle: string | null;
  /** Lowercase names ("Hi, I'm qiufeng") are trusted in headings, where the name ends the line. */
  lowercase?: boolean;
}

/**
 * The person's name at the start of `rest` ("Ana Ruiz, a developer" → "Ana Ruiz"): name-like words up to
 * the first punctuation or ordinary word. Null when it starts with anything else ("a developer").
 */
export function readPersonName(rest: string, options: ReadOptions): string | null {
  const text = rest.replace(/^[\s"'“”‘’«»{[(<]+/u, '');
  // The clause the name stands in: up to punctuation, a dash or a slash ("Zirnc/ChungZH", "Jo – SRE").
  const clause = /^[^,;:!?()|/{}[\]"“”«»<>。，！？、]{0,80}/u
    .exec(text)![0]
    .split(/\s[-–—•·]\s|\s[-–—]$/u)[0]!;
  const tokens = clause.split(' ').filter(Boolean).slice(0, 7);
  const words: string[] = [];
  for (const raw of tokens) {
    // "Jane Doe @Janedoe": a handle after the name is not part of it, capitalised or not.
    if (raw.startsWith('@') && words.length > 0) break;
    const token = raw.replace(/^@/, '').replace(/\.$/, raw.length === 2 ? '.' : '');
    const lower = token.toLowerCase();
    if (words.length > 0 && PARTICLES.has(lower)) {
      words.push(token);
      continue;
    }
    // "I'm Google Developer Expert": a capitalised word straight before a role is a team or a title.
    if (ROLE.test(token)) return null;
    if (/['’]s$/.test(token) || NOT_NAME_WORDS.has(lower)) break;
    const handle = isHandle(token, options.handle);
    // Lowercase words only make a name on their own ("qiufeng"), never after a capitalised one ("Fancy seeing").
    const lower_ =
      options.lowercase && /^\p{Ll}[\p{L}\p{M}'’.-]*$/u.test(token) && !words.some((w) => NAME_WORD.test(w));
    if (!handle && !NAME_WORD.test(token) && !lower_) break;
    words.push(token);
    if (raw.endsWith('.') && raw.length > 2) break; // "Kim Lee. I build…"
    if (words.length >= 5) break;
  }
  while (words.length > 0 && PARTICLES.has(words.at(-1)!.toLowerCase())) words.pop();
  if (words.length === 0) return null;
  const name = words.join(' ');
  const lowercase = !words.some((w) => NAME_WORD.test(w)) && !isHandle(name, options.handle);
  // A lowercase name must be all that is left of the clause ("Hi I'm qiufeng", not "I'm so happy").
  if (
    lowercase &&
    (words.length > 2 || /\p{L}/u.test(clause.slice(clause.indexOf(words.at(-1)!) + words.at(-1)!.length)))
  )
    return null;
  if (lowercase && /(?:ed|ing|ly)$/.test(name)) return null;
  if (words.length === 1 && isWellKnownSkill(name) && !isHandle(name, options.handle)) return null;
  return name;
}

export interface GreetingOptions extends ReadOptions {
  /** Headings (and the sentence after a bare "Hey!") may use weak intros: "This is CoCo", "It's Ari". */
  weakIntros?: boolean;
}

function nameInCleanSentence(clean: string, options: GreetingOptions): string | null {
  const text = clean.replace(/^[\s¡¿!.,:;~>|-]+/u, '');
  const cjkRun = cjkNameIn(text);
  if (cjkRun) return cjkRun;
  const unglued = text.replace(GLUED_IAM, '$1I am');
  const intro = INTRO.exec(unglued);
  // "Ana here" names someone in a heading or after a greeting, not in a sentence ("Works here.").
  if (!intro) {
    if (!options.weakIntros && !STARTS_WITH_GREETING.test(text)) return null;
    // "नमस्ते (Namaste), I'm Anmol": a greeting the list doesn't know, then a strong intro after the comma.
    let lead = options.weakIntros ? LEAD_CLAUSE.exec(text) : null;
    if (lead && !NON_LATIN.test(lead[0])) lead = null;
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
  const name = readPersonName(rest, { ...options, lowercase: options.lowercase && !weak });
  const handleFirst = name !== null && (isHandle(name, options.handle) || /^\s{0,2}@/.test(rest));
  return handleFirst ? (fullNameAfterHandle(rest, options) ?? name) : name;
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
