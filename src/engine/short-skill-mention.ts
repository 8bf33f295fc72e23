// Whether a line really mentions a skill whose name is one or two letters ("C", "R", "Go", "Qt", "D"):
// only as a standalone word in a sentence about technology, never inside a temperature ("4°C"), a
// grade ("Grade: C"), "R&D", "C-suite", a row of single letters ("M | | C | | I") or the verb "Go check…".
import { isKnownSkill } from '../profiles/vocabulary/skill-aliases.js';
import { foldText } from '../text/fold-text.js';

/** A name this short (letters and digits only) is read strictly; "C++" and "C#" carry their own symbols. */
export function isShortSkillName(skill: string): boolean {
  const name = skill.trim();
  return /^[\p{L}\p{N}]{1,2}$/u.test(name);
}

/** Sentences of a line read at most: a pasted wall of text is no listing. */
const MAX_SENTENCES = 20;
/** A sentence this long is cut: the mention and its neighbours are near one another. */
const MAX_SENTENCE = 400;

/** Whether `line` names the short skill, written as the profile spells it (`Go`, `C`), as a technology. */
export function namesShortSkill(line: string, skill: string): boolean {
  const name = skill.trim();
  // A line that is only the name: an item of a list under its heading ("Languages" → "Go").
  if (line.replace(/^[^\p{L}\p{N}]+/u, '').replace(/(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/u, '') === name)
    return true;
  if (letterRow(line)) return false;
  return line
    .split(/(?<=[.!?;])\s+|\n/)
    .slice(0, MAX_SENTENCES)
    .some((sentence) => mentionedIn(sentence.slice(0, MAX_SENTENCE), name));
}

/**
 * A row of lone capital letters ("M | | C | | I", "A, B, C"): three of them other than "I", or two in a
 * line with no word of three lowercase letters.
 */
function letterRow(line: string): boolean {
  const letters = (line.match(/(?<![\p{L}\p{N}])\p{Lu}(?![\p{L}\p{N}])/gu) ?? []).filter(
    (c) => c !== 'I',
  ).length;
  return letters >= 3 || (letters >= 2 && !/\p{Ll}{3}/u.test(line));
}

/** What sits right before a real mention: a number or degree sign never ("4°C", "30 C"), nor "&" or "'". */
const BAD_BEFORE = /(?:[\p{N}°º&'’.]|[\p{N}°º] )$/u;
/** What sits right after: "R&D", "C-suite", "C°", "Go-to". */
const BAD_AFTER = /^(?:[&°º'’]|-\p{L})/u;
/** A word before the letter that makes it a label, not a language ("Grade C", "Plan B", "Vitamin D"). */
const LABELS = new Set(
  'grade grades plan vitamin type section part class level option tier size row column block appendix team group series model mark letter rank phase vol volume chapter floor gate terminal building room category wing unit score rating note key drive hepatitis day'.split(
    ' ',
  ),
);

/** The word right before the name, past spaces and a colon ("Grade: " → "grade"). */
function labelBefore(before: string): boolean {
  let end = before.length;
  while (end > 0 && /[:\s]/.test(before[end - 1]!)) end -= 1;
  let start = end;
  while (start > 0 && /\p{L}/u.test(before[start - 1]!)) start -= 1;
  return LABELS.has(before.slice(start, end).toLowerCase());
}
/** Words next to the name that make it a technology ("written in Go", "C programming", "Go services"). */
const CUE_BEFORE =
  /(?:^|[^\p{L}])(?:in|with|using|use|uses|used|and|or|like|learn|learning|learned|learnt|know|knows|write|writes|wrote|writing|code|coding|program|programming|languages?|en|em|com|con|avec|mit|und|et|y|e|usando|utilizando|programando|estudando|estudiando|aprendendo|aprendiendo|lerne|nutze|apprends|utilise|[,/(+])\s*$/iu;
/** A word of another script right before or after ("на Go", "写 Go 和"): a Latin name stands out in it. */
const OTHER_SCRIPT_BEFORE = /[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]\s*$/u;
const OTHER_SCRIPT_AFTER = /^\s*[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u;
/** "Languages/tools: Go": the name after a label, alone or first of a list. */
const LABEL_COLON = /[:：]\s*$/;
const ENDS_OR_LISTS = /^\s*(?:[,.;·|/)、。]|$)/u;
const CUE_AFTER =
  /^\s*(?:programming|programmer|programs?|language|lang|code|coding|developer|developers|dev|devs|engineer|engineering|scripts?|library|libraries|framework|modules?|services?|apps?|tools?|backend|projects?|meetups?|community|conference|user group|desktop|gui|ui|widgets?|bindings|sdk|api|runtime|toolchain|ecosystem|\d[\d.]*|and|or|[,/)+])(?![\p{L}])/iu;
/** Words anywhere in the sentence that make it about programming. */
const TECH_SENTENCE =
  /\b(?:programming|programmer|language|languages|compiler|code|coding|coded|developer|development|software|library|libraries|framework|stack|syntax|goroutines?|pointers?|firmware|embedded|statistics|statistical|tidyverse|ggplot2?|cran)\b/iu;

function mentionedIn(sentence: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`(?<![\\p{L}\\p{N}+#-])${escaped}(?![\\p{L}\\p{N}+#])`, 'gu');
  for (const match of sentence.matchAll(at)) {
    const before = sentence.slice(Math.max(0, match.index - 40), match.index);
    const after = sentence.slice(match.index + name.length, match.index + name.length + 40);
    if (BAD_BEFORE.test(before) || BAD_AFTER.test(after) || labelBefore(before)) continue;
    if (CUE_BEFORE.test(before) || CUE_AFTER.test(after) || TECH_SENTENCE.test(sentence)) return true;
    if (OTHER_SCRIPT_BEFORE.test(before) || OTHER_SCRIPT_AFTER.test(after)) return true;
    if (LABEL_COLON.test(before) && ENDS_OR_LISTS.test(after)) return true;
    if (namesOtherTechnology(sentence, name)) return true;
  }
  return false;
}

/** Words of a sentence looked up in the vocabulary at most. */
const MAX_WORDS = 40;

/** Another technology named in the same sentence ("C, Rust and Python"). */
function namesOtherTechnology(sentence: string, name: string): boolean {
  const own = foldText(name);
  return sentence
    .split(/[^\p{Script=Latin}\p{N}+#.-]+/u)
    .slice(0, MAX_WORDS)
    .some((word) => word.length > 2 && foldText(word) !== own && isKnownSkill(word));
}
