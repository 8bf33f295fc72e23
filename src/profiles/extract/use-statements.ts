// statesUseInOtherWords: first-person sentences of present use that name no "use/work with" verb — "I reach
// for Flutter", "I'm writing Python and SQL", "I'm a Kotlin developer", "I spend most of my time in Figma", "most of my work is
// WebAssembly", "Rust is my main language", "I'm comfortable writing HTML". Wishes, learning, negation and
// the past are turned away before these run (statesEverydayUse's NOT_USE, isLearning upstream).
import { isKnownSkill } from '../vocabulary/skill-aliases.js';

/** "I reach for …", "we turn to …": the verb of picking a tool for a job. */
const REACH_FOR =
  /\b(?:i|we)\s+(?:usually\s+|mostly\s+|always\s+|often\s+|also\s+|still\s+)?(?:reach|turn)\s+for\b/i;
/** "I'm writing Python", "I write Go", "we code in …", "I program Rust": a capitalised name right after the verb. */
const WRITING =
  /\b(?:[Ii]|[Ww]e)(?:['’]m|\sam|['’]re|\sare)?\s(?:(?:mostly|mainly|usually|primarily|also|still|now)\s)?(?:writing|write|coding|code|programming|program)\s(?=\p{Lu})/u;
/** "I spend most of my time in Figma", "most of my work is WebAssembly runtimes" (not "… was", "… went"). */
const MOST_OF_MY =
  /\b(?:most|much|all|a lot|the bulk) of my (?:(?:open[- ]source|side|own|day-to-day) )?(?:work|time|days?|code|week|software|projects|apps|libraries|tools)\s(?!was\b|were\b|went\b|used\b|had\b)/i;
/** "Rust is my main language", "Neovim is my daily editor", "Go is my go-to". */
const IS_MY_MAIN =
  /\b(?:is|are) my (?:main|primary|go-to|favou?rite|daily|preferred|strongest|everyday)(?: (?:programming )?(?:language|languages|tool|tools|editor|stack|framework|database|weapon))?\b/i;
/** "I'm comfortable writing HTML", "I'm fluent in Go", "I'm proficient with …", "I'm at home in …". */
const AT_EASE =
  /\b(?:i['’]m|i\s+am)\s+(?:very\s+|quite\s+|really\s+|pretty\s+|also\s+)?(?:comfortable|fluent|proficient|experienced|productive|at home)\b/i;

/** "I'm a Kotlin developer", ".NET developer · Accra": a role named after what the author works in. */
const ROLE = /(?:developer|engineer|programmer|dev)\b/i;
const I_AM_A = /\b(?:i['’]m|i am) an? (?:[\w.#+-]{1,30} ){0,3}(?:developer|engineer|programmer|dev)\b/i;
const LEADING_ROLE =
  /^[^\p{L}.]{0,6}(?:(?:senior|lead|staff|principal|junior) )?([\w.#+]{1,20}(?: [\w.#+]{1,20})?) (?:developer|engineer|programmer)\b/iu;
const NOT_NOW_ROLE = /\b(?:former|formerly|aspiring|wannabe|retired|future|ex)\b/i;

/** A line that opens with a technology's role (".NET developer · Accra"), not a title ("Staff Backend Engineer at …"). */
function techRole(text: string): boolean {
  const qualifier = LEADING_ROLE.exec(text)?.[1];
  return qualifier !== undefined && isKnownSkill(qualifier);
}

/**
 * "💬 Ask me about Rust and WebAssembly" (the GitHub profile template's line of expertise), "My specialty is
 * …", "Mi especialidad es …", "Minha especialidade é …", "Frag mich nach …".
 */
const EXPERTISE =
  /\b(?:ask me about|ask me anything about|my (?:specialty|speciality|expertise|strengths?) (?:is|are|includes?|lies in)|mi especialidad es|pregúntame (?:sobre|acerca de)|minha especialidade é|me pergunte sobre|ma spécialité est|frag mich (?:nach|zu))\b/i;

/** Whether the sentence states present use of what it names, in one of the shapes above. */
export function statesUseInOtherWords(text: string): boolean {
  return (
    REACH_FOR.test(text) ||
    EXPERTISE.test(text) ||
    WRITING.test(text) ||
    MOST_OF_MY.test(text) ||
    IS_MY_MAIN.test(text) ||
    AT_EASE.test(text) ||
    (ROLE.test(text) && (I_AM_A.test(text) || techRole(text)) && !NOT_NOW_ROLE.test(text))
  );
}
