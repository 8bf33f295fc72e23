// readPersonName: the name-like words at the start of a clause ("Ana Ruiz, a developer" → "Ana Ruiz"),
// and isHandle, which says when a word is the person's handle.
import { foldLetters } from '../../text/fold-text.js';
import { isWellKnownSkill } from '../vocabulary/skill-aliases.js';

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
    'human online offline remote busy hiring most ' +
    // A name never holds a question word: "How We Work", "Where I Live".
    'what why how who where when which whoami'
  ).split(' '),
);
/**
 * Role words ("Engineer", "Développeur", "Mahasiswa", "разработчик"), German compounds ending in one
 * ("Softwareentwickler") and hyphenated ones ("Python-разработчик", "Backend-Developer").
 */
const ROLE =
  /^(?:[\p{L}\p{N}+#.]{1,20}-)?(?:engineer|developer|designer|manager|architect|scientist|consultant|programmer|analyst|student|ingeniero|desarrollador|développeur|developpeur|ingénieur|desenvolvedor|engenheiro|programador|estudiante|estudante|étudiant|enthusiast|lover|geek|nerd|hacker|maker|coder|founder|researcher|intern|programista|programistka|mahasiswa|mahasiswi|pelajar|pengembang|öğrenci|mühendis|mühendisi|geliştirici|yazılımcı|разработчик|разработчица|программист|инженер|дизайнер|студент|студентка|аналитик|тестировщик|розробник|програміст|інженер)s?$|(?:entwickler|ingenieur|informatiker)(?:in)?$/iu;
/** Words that name a group ("Red Team", "Acme Labs", "Pixel Studio"): after a name word, a group's name. */
const GROUP_WORDS = new Set(
  'team teams crew squad group lab labs club studio studios inc llc ltd gmbh org organization community'.split(
    ' ',
  ),
);
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
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|[\p{Lo}\p{M}][\p{L}\p{M}'’.-]*)$/u;

/** A capitalised word that can go on a name: not a role, a level, a topic or a technology. */
function startsName(token: string | undefined): boolean {
  return (
    !!token &&
    NAME_WORD.test(token) &&
    !ROLE.test(token) &&
    !NOT_NAME_WORDS.has(token.toLowerCase()) &&
    !isWellKnownSkill(token)
  );
}

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
    // Initials keep their dots and go on to the surname ("K. Lee", "J.D. Nicholls").
    const initials = INITIALS.test(raw);
    const token = raw.replace(/^@/, '').replace(/\.$/, initials ? '.' : '');
    const lower = token.toLowerCase();
    if (words.length > 0 && PARTICLES.has(lower)) {
      words.push(token);
      continue;
    }
    // "I'm Google Developer Expert": a capitalised word straight before a role is a team or a title.
    if (ROLE.test(token) || (words.length > 0 && GROUP_WORDS.has(lower))) return null;
    // "Junior Carrillo" (a given name) but "Junior Frontend Developer" (a level): a name word must follow.
    if (lower === 'junior' && words.length === 0 && !startsName(tokens[tokens.indexOf(raw) + 1])) break;
    // "B A NaveenKumar": a capital letter after initials and before a name word is one more initial.
    const initial =
      /^\p{Lu}$/u.test(token) &&
      words.length > 0 &&
      words.every((w) => /^\p{Lu}\.?$/u.test(w)) &&
      startsName(tokens[tokens.indexOf(raw) + 1]);
    if (/['’]s$/.test(token) || (NOT_NAME_WORDS.has(lower) && lower !== 'junior' && !initial)) break;
    // "Code I Write": the pronoun inside a title; first it is a Balinese given name ("I Komang Gede").
    if (lower === 'i' && words.length > 0) break;
    const handle = isHandle(token, options.handle);
    // Lowercase words only make a name on their own ("qiufeng"), never after a capitalised one ("Fancy seeing").
    const lower_ =
      options.lowercase && /^\p{Ll}[\p{L}\p{M}'’.-]*$/u.test(token) && !words.some((w) => NAME_WORD.test(w));
    if (!handle && !NAME_WORD.test(token) && !lower_) break;
    words.push(token);
    if (raw.endsWith('.') && !initials) break; // "Kim Lee. I build…"
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
  // "I'm Max", "I'm Julia" with nothing after: a name that is also a technology's; "I'm Rust, Go…" is not.
  const endsText = !/\p{L}/u.test(text.slice(text.indexOf(name) + name.length));
  if (words.length === 1 && isWellKnownSkill(name) && !isHandle(name, options.handle) && !endsText)
    return null;
  return name;
}
