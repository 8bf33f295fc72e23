// questionParts: a line that asks two or three things ("where does ana work and where does she live",
// "¿dónde vive y dónde trabaja ana?", "who knows go; who knows rust") cut where a joiner meets a second
// question's first word. Only explicit joiners cut, so "who knows react and redux", "R&D" and skill lists
// stay one question.

/** Words a second question starts with, in English, Spanish, Portuguese, French and German. */
const QUESTION_WORD =
  "(?:where|where's|wheres|what|what's|whats|which|who|who's|whose|when|how|is|are|does|do|did|can|could|dónde|donde|qué|cuál|cual|cuáles|cómo|quién|quien|cuándo|cuánto|cuántos|onde|o que|qual|quais|quem|quando|como|où|que|qu'|quel|quelle|quels|quelles|comment|qui|quand|wo|woher|was|wie|wer|welche|welcher|welches|welchen|wann)";
/** A conjunction before the second question ("and", "y", "e", "et", "und"), with "also" allowed after it. */
const CONJUNCTION = '(?:and|y|e|et|und|plus)(?: also)?';
/**
 * A cut: "?" or ";" (then maybe a conjunction), ", " or " " then a conjunction; each only before a question
 * word (ending at a word's end) or "¿". Single spaces (the line's runs are one space first): no run is rescanned.
 */
const JOINER = new RegExp(
  `(?:[?;] ?(?:${CONJUNCTION} )?|,? ${CONJUNCTION} )(?=¿|${QUESTION_WORD}(?![\\p{L}\\p{N}'])|qu'|(?:his|her|their) \\p{L})`,
  'giu',
);
/** More parts than this is a list, not questions asked together. */
const MAX_PARTS = 3;

/** The questions of a line, in order (each without the joiner); null unless there are two or three. */
export function questionParts(line: string): string[] | null {
  const text = line.trim().replace(/\s+/g, ' ');
  const parts: string[] = [];
  let from = 0;
  for (const cut of text.matchAll(JOINER)) {
    parts.push(text.slice(from, cut.index));
    from = cut.index + cut[0].length;
    if (parts.length >= MAX_PARTS) return null;
  }
  parts.push(text.slice(from));
  const questions = parts.map(withoutMarks);
  if (questions.length < 2 || questions.some((q) => q.split(' ').length < 2)) return null;
  return questions;
}

/** A part without the marks around it ("¿", "?", ",") that belong to the whole line. */
function withoutMarks(part: string): string {
  let start = 0;
  let end = part.length;
  while (start < end && '¿¡ ,'.includes(part[start]!)) start++;
  while (end > start && '?!., '.includes(part[end - 1]!)) end--;
  return part.slice(start, end);
}
