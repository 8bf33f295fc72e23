// statesExperience: first-person claims of knowing or having worked with what a sentence names — "I have
// experience with Go", "I've worked with React and AWS", "I'm familiar with Docker and good at Perl",
// "reach out for help with Python", "Google Developer Expert for Angular", "I specialise in Rust", and the
// same claims in German, Spanish, Portuguese, French and Italian. A person who says so holds the skill.

/** "I have (5 years of / some / solid) experience with", "I've got knowledge of", "I have some works with". */
const HAVE_EXPERIENCE =
  /\b(?:i|we)(?:['’]ve|\s+have)(?:\s+got)?\s+(?:[\w+-]+\s+){0,4}(?:experience|knowledge|expertise|works?)\s+(?:with|in|of|using|on)\b/i;
/** "I've worked with", "I have been building in", "we've used": the present perfect of making or using. */
const HAVE_WORKED =
  /\b(?:i|we)(?:['’]ve|\s+have)\s+(?:(?:also|mostly|mainly|primarily|extensively|professionally|always|since)\s+)?(?:been\s+)?(?:worked|working|used|using|coded|coding|programmed|programming|developed|developing|built|building|shipped|shipping)\b/i;
/** "I'm familiar with", "I am good at", "I'm skilled in", "I'm well-versed in", "I'm an expert in". */
const KNOW_WELL =
  /\b(?:i['’]m|i\s+am)\s+(?:very\s+|quite\s+|really\s+|pretty\s+|also\s+)?(?:familiar\s+with|good\s+at|skilled\s+(?:in|at|with)|well[- ]versed\s+in|an?\s+expert\s+(?:in|at|with|on)|(?:proficient|experienced|comfortable|confident)\s+(?:in|with|using))\b/i;
/** "My main languages are …", "my programming languages: …": the author's own languages named. */
const MY_LANGUAGES =
  /\bmy\s+(?:(?:main|primary|core|preferred|favou?rite|go-to)\s+)?(?:programming\s+)?languages\s*(?:are\b|:)/i;
/**
 * The same in German, Portuguese, Spanish, French and Italian, and the German claims of knowing or writing
 * in it with the verb first: "Meine Hauptprogrammiersprachen sind …", "Programmiersprachen, die ich schreibe",
 * "kenne ich mich mit … aus", "die Firmware entwickle ich in C++", "minhas linguagens são", "mis lenguajes son".
 */
const OTHER_LANGUAGE_LISTS =
  /(?<!\p{L})(?:meine (?:haupt)?(?:programmier)?sprachen sind|die ich (?:schreibe|nutze|benutze|verwende|beherrsche)|(?:ich kenne|kenne ich) mich|(?:entwickle|programmiere|schreibe|arbeite) ich (?:\p{L}+ )?(?:in|mit)|(?:verwende|nutze|benutze) ich|minhas (?:principais )?linguagens (?:principais )?s[ãa]o|mis lenguajes (?:principales )?son|mes langages (?:principaux )?sont|i miei linguaggi (?:principali )?sono)(?!\p{L})/iu;
/** "… and is good at Go and Perl": the second verb of the same first-person sentence. */
const AND_GOOD_AT = /\band\s+(?:is|am|['’]m)\s+(?:very\s+|really\s+)?good\s+at\b/i;
/** "Google Developer Expert (GDE) for Angular", "Microsoft MVP for Azure": a title of expertise in it. */
const EXPERT_TITLE = /\b(?:expert|mvp|specialist)(?:\s+\([A-Z]{2,6}\))?\s+(?:for|in|on)\b/i;
/** "Reach out for help with Python", "ping me for help with …" (not "I'm looking for help with"). */
const HELP_WITH =
  /\b(?:reach\s+out|ping\s+me|contact\s+me|talk\s+to\s+me|hit\s+me\s+up|come\s+to\s+me)(?:\s+to\s+me)?\s+for\s+help\s+(?:with|on)\b/i;
/** "I specialise in", "specializing in": a speciality named. */
const SPECIALISE = /\bspeciali[sz](?:e|es|ed|ing)\s+in\b/i;
/** Wanting, hiring or seeking an expert is not being one. */
const SEEKING = /\b(?:looking\s+for|seeking|hiring|need|want)\b/i;
/**
 * "Ich beschäftige mich mit …" (I work on), "he trabajado con",
 * "trabajé con", "trabalhei com", "tenho trabalhado com", "j'ai travaillé avec", "ho lavorato con".
 */
const OTHER_LANGUAGES =
  /(?<!\p{L})(?:besch[äa]ftige (?:ich )?mich|he trabajado (?:con|en)|trabaj[ée] (?:con|en)|trabalhei (?:com|em)|tenho trabalhado (?:com|em)|j['’]ai travaill[ée] (?:avec|sur|en)|ho lavorato (?:con|in))(?!\p{L})/iu;
/** The German perfect of working with: "habe ich … mit Ruby gearbeitet", "ich habe mit Go entwickelt". */
const GERMAN_PERFECT = /(?<!\p{L})(?:ich hab(?:e)?|hab(?:e)? ich)(?!\p{L})/iu;
const GERMAN_WITH = /(?<!\p{L})mit(?!\p{L})/iu;
const GERMAN_PARTICIPLE = /(?<!\p{L})(?:gearbeitet|entwickelt|programmiert|gebaut)(?!\p{L})/iu;
/** "Früher", "damals": the German and Romance markers of a past left behind. */
const LEFT_BEHIND = /(?<!\p{L})(?:früher|damals|ehemals|antes|antigamente|autrefois|una vez)(?!\p{L})/iu;

/** Denied, given up or wished for (unlike everyday use, "… contact me if you have questions" stays a claim). */
const NOT_CLAIM =
  /\b(?:not|don't|don’t|dont|never|no longer|anymore|used to|would|i'd|i’d|wish|hope|nicht|nie|kein|nunca|jamais)\b/i;

/** Whether the sentence claims its author knows, or has worked with, what it names. */
export function statesExperience(text: string): boolean {
  if (NOT_CLAIM.test(text)) return false;
  if (
    HAVE_EXPERIENCE.test(text) ||
    HAVE_WORKED.test(text) ||
    KNOW_WELL.test(text) ||
    AND_GOOD_AT.test(text) ||
    HELP_WITH.test(text) ||
    SPECIALISE.test(text) ||
    MY_LANGUAGES.test(text) ||
    OTHER_LANGUAGE_LISTS.test(text)
  )
    return true;
  if (EXPERT_TITLE.test(text) && !SEEKING.test(text)) return true;
  if (LEFT_BEHIND.test(text)) return false;
  // "Ich habe … mit" alone is any German perfect ("ich habe mit Freunden …"): it needs a participle of work.
  return (
    OTHER_LANGUAGES.test(text) ||
    (GERMAN_PERFECT.test(text) && GERMAN_WITH.test(text) && GERMAN_PARTICIPLE.test(text))
  );
}
