// statesEverydayUse: a first-person sentence of current use ("Day to day I work with Terraform and AWS",
// "I write most of my glue in Bash", "My stack is Go and Postgres") lists the technologies it names, the
// way a skills list does; any other sentence only mentions them. Learning sentences never reach here.
import { statesExperience } from './experience-claims.js';
import { statesUseInOtherWords } from './use-statements.js';

const ADVERBS = new Set(
  'mostly mainly primarily usually normally also currently daily often regularly typically happily still now'.split(
    ' ',
  ),
);
/** A verb of making or working and how many words may sit before its "with/in/using" ("write most of my glue in"). */
const VERB_REACH: Record<string, number> = {
  work: 3,
  code: 3,
  // What one builds takes a few words of its own ("build native Android apps in Kotlin").
  build: 7,
  develop: 7,
  program: 3,
  ship: 7,
  make: 3,
  write: 5,
};
const PREPOSITIONS = new Set(['with', 'in', 'using']);
const BACK_REFERENCE = new Set(['it', 'them']);
/**
 * "Trabajo con …", "Je travaille avec …", "Ich arbeite mit …", "Trabalho com …", and "I have knowledge of /
 * experience with" in those languages ("Possuo conhecimento em MySQL", "Tengo experiencia con Go").
 */
const OTHER_LANGUAGES =
  /(?<!\p{L})(?:trabajo con|je travaille avec|ich arbeite mit|trabalho com|lavoro con|(?:possuo|tenho) (?:bons? |s[óo]lidos? |amplo )?(?:conhecimentos?|experi[êe]ncia) (?:em|com|de|sobre)|(?:tengo|poseo) (?:buenos? |s[óo]lidos? |amplia )?(?:conocimientos?|experiencia) (?:en|con|de|sobre)|j['’]ai (?:une (?:bonne |solide )?|de l['’])(?:expérience|connaissance) (?:en|avec|de|des|du)|ich habe (?:gute |solide |viel )?(?:erfahrung|kenntnisse) (?:mit|in)|ho (?:buona |solida )?(?:esperienza|conoscenza) (?:con|in|di))(?!\p{L})/iu;
/** "My stack is …", "my daily tools are …", "my toolbox: …". */
const MY_STACK =
  /\bmy (?:(?:daily|main|current|usual|go-to|everyday|favou?rite|tech|preferred) )?(?:stack|tools|toolbox|toolkit|tech stack|passions?)(?: (?:is|are|includes?|consists of)|:)/i;
/**
 * "Stack: Python (FastAPI) and Flutter", "Built with: Go, Postgres" opening a line of a project card: what
 * the author built the project with, which they use.
 */
const STACK_LABEL =
  /^[^\p{L}]{0,4}(?:(?:tech(?:nology)? )?stack|tech|technologies|built with|made with)\s?:/iu;
/** "Most of my glue code is Bash and Python", "my scripts are in Go" (not "my code is on GitHub"). */
const MY_CODE =
  /\bmy (?:[a-z-]{1,20} ){0,2}(?:code|scripts|tooling|projects|services|backends?) (?:is|are)\b(?! (?:on|at|in (?:the|my)|hosted|available|open|public|private|free|licensed|under|here|there)\b)/i;
/** "My old projects are in PHP", "my university code was …": not what the author uses now. */
const OLD_WORK =
  /\bmy (?:old|older|former|previous|past|early|earlier|first|university|school|college|student)\b/i;
/** "I like to build things with …", "I love working with …", "we enjoy writing … in": a liking of a verb of making. */
const LIKING = new Set(['like', 'love', 'enjoy', 'prefer']);
const ING_FORMS: Record<string, string> = {
  working: 'work',
  coding: 'code',
  building: 'build',
  developing: 'develop',
  programming: 'program',
  shipping: 'ship',
  making: 'make',
  writing: 'write',
};
/** Not in use, or not the author's: "I don't work with PHP anymore", "I used to", "I'd like to use". */
const NOT_USE =
  /\b(?:not|don't|don’t|dont|never|no longer|anymore|used to|would|i'd|i’d|could|should|might|wish|hope|if)\b/i;

/**
 * Korean, Japanese and Chinese résumé lines state use without a subject: "Kafka를 사용하여 … 개발",
 * "Spring을 이용한", "Goを用いた開発", "Goで実装", "使用 Go 开发", "基于 Gin", "熟悉 Redis".
 */
const CJK_USE =
  /(?:사용|이용|활용)(?!자)|통(?:해|한)|(?:으로|로)\s?(?:개발|구현|구축|작성)|경험이 있|を(?:用い|使用|使[っいう]|利用|活用)|で(?:開発|実装|構築|作成)|による(?:開発|実装|構築)|経験があ|使用|采用|利用|基于|借助|熟悉|熟练|精通|掌握|开发语言/u;
/** Not, not yet, or only studying: "사용해 본 적 없", "勉強中", "没用过", "学习中". */
const CJK_NOT_USE = /않|못|없|공부|배우|ない|ません|勉強|学習|予定|没|不会|不熟|学习|了解/u;

/** Holds wherever firstPersonUse can: "i" or "we" as a whole word (most sentences have neither). */
export const MAY_BE_FIRST_PERSON = /(?:^|[^\p{L}\p{N}])(?:i|we)(?:$|[^\p{L}\p{N}])/iu;

/** Whether the sentence states that its author uses what it names, now. */
export function statesEverydayUse(sentence: string): boolean {
  const text = sentence.slice(0, 400);
  if (NOT_USE.test(text)) return statesExperience(text);
  return (
    statesExperience(text) ||
    OTHER_LANGUAGES.test(text) ||
    (CJK_USE.test(text) && !CJK_NOT_USE.test(text)) ||
    MY_STACK.test(text) ||
    STACK_LABEL.test(text) ||
    (MY_CODE.test(text) && !OLD_WORK.test(text)) ||
    (MAY_BE_FIRST_PERSON.test(text) && firstPersonUse(text)) ||
    statesUseInOtherWords(text)
  );
}

/**
 * statesEverydayUse for one document's mentions: a sentence naming several technologies ("I use Go and
 * Rust") is read once, not once per name.
 */
export function everydayUseReader(): (sentence: string) => boolean {
  const read = new Map<string, boolean>();
  return (sentence) => {
    let uses = read.get(sentence);
    if (uses === undefined) {
      uses = statesEverydayUse(sentence);
      read.set(sentence, uses);
    }
    return uses;
  };
}

/** "I (mostly) use", "we rely on", "I work … with", "I write … in": words read in one pass, no regex. */
export function firstPersonUse(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u);
  let subject = false;
  for (let i = 0; i < words.length; i++) {
    // "I picked up Rust … and now write our bootloader in it": a second verb of the same subject counts
    // when its "in/with" points back at the named technology ("it", "them").
    const backRef = subject && words[i] === 'and';
    if (words[i] !== 'i' && words[i] !== 'we' && !backRef) continue;
    subject = true;
    let at = ADVERBS.has(words[i + 1] ?? '') ? i + 2 : i + 1;
    // "I like to build …", "I love building …": the verb after the liking.
    if (LIKING.has(words[at] ?? '')) at += words[at + 1] === 'to' ? 2 : 1;
    const verb = ING_FORMS[words[at] ?? ''] ?? words[at] ?? '';
    if (verb === 'use' || (verb === 'rely' && words[at + 1] === 'on')) return true;
    const reach = VERB_REACH[verb];
    if (reach === undefined) continue;
    // "I work on Go, Python and React": what one works on right after the verb is used, not only studied.
    if (verb === 'work' && words[at + 1] === 'on' && !backRef) return true;
    for (let j = at + 1; j <= at + reach && j < words.length; j++)
      if (PREPOSITIONS.has(words[j]!) && (!backRef || BACK_REFERENCE.has(words[j + 1] ?? ''))) return true;
  }
  return false;
}
