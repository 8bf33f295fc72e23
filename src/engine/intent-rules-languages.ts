// Free-text rules for who speaks a language ("who speaks spanish", "any french speakers", "quem fala
// inglês", "wer spricht deutsch"): only a language's own names (spoken-language-names.ts) are read, so
// "who speaks kotlin" stays a skill question. Part of intent-rules.ts, before the skill rules.
import type { IntentRule } from './intent-rules.js';
import { LANGUAGE_NAME_SOURCE } from './spoken-language-names.js';

const r = (source: string) => new RegExp(`^${source}$`);

const LANGUAGE = `(?<language>${LANGUAGE_NAME_SOURCE})`;
const HERE = '(?: here| around| on the team| in the team| in here| on this team)?';
/** Who the question asks for: "who", "anyone here", "which of you", "how many people". */
const WHO =
  '(?:who|anyone|anybody|someone|somebody|which of (?:you|us)|any of (?:you|us)|people|how many(?: people| of us| of you)?)(?: here| else| on the team| in the team)?(?: (?:who|that))?';
const SPEAKS =
  "(?:speaks?|can speak|could speak|is fluent in|are fluent in|'s fluent in|fluent in|knows?|talks?|understands?|writes?|is a native speaker of|are native speakers of)";

export const LANGUAGE_RULES: readonly IntentRule[] = [
  // "who speaks spanish", "does anyone here speak german", "who is fluent in japanese"
  {
    command: 'people',
    pattern: r(
      `(?:(?:does|do|can|could) )?${WHO} ${SPEAKS} ${LANGUAGE}(?: fluently| natively| well| at all)?${HERE}`,
    ),
  },
  // "any french speakers", "spanish speakers?", "is there a native japanese speaker", "who are the german speakers"
  {
    command: 'people',
    pattern: r(
      `(?:(?:are there|do we have|have we got|is there|got|we have) (?:any |some |an? )?|any |some |who(?:'s| is| are) (?:an? |the |our )?|list (?:all )?(?:the |our )?)?(?:native |fluent )?${LANGUAGE} (?:speakers?|speaking (?:people|folks|devs|colleagues|teammates))${HERE}`,
    ),
  },
  // Spanish, Portuguese, German, French and Italian: "quién habla español", "quem fala inglês",
  // "wer spricht deutsch", "qui parle français", "chi parla italiano"
  {
    command: 'people',
    pattern: r(
      `(?:qui[eé]n(?:es)?|alguien|quem|algu[eé]m|wer|jemand|qui|quelqu'un|chi|qualcuno)(?: (?:aqu[ií]|aqui|hier|ici|qui))?(?: (?:de (?:ustedes|voc[eê]s|vous|nous)|von euch|di voi))? (?:habla|hablan|sabe hablar|fala|falam|sabe falar|spricht|sprechen|kann|parle|parlent|sait parler|parla|parlano|domina|[eé] fluente em|es fluido en) (?:el |o |l'|le |der |die |das |em |en |in |auf |i )?${LANGUAGE}`,
    ),
  },
];
