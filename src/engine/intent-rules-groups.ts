// Free-text rules for questions about several people at once: who works or worked at an employer, who
// is based in a place, who is in a group by what they do, and how many (people, holders of a skill).
// English first, then Spanish, Portuguese, German, French and Italian. Part of intent-rules.ts.
import type { IntentRule } from './intent-rules.js';
import { KNOWS, ROLE } from './intent-rules-skills.js';
import { GROUP_FIELD, GROUP_PHRASE } from './people-groups.js';

const r = (source: string) => new RegExp(`^${source}$`);

/** Who the question is about: "who", "anyone here", "which of you", "how many people". */
const SUBJECT =
  "(?:who(?:'s|'re| is| are| all)?|anyone|anybody|someone|somebody|any of (?:you|us)|people|which (?:person|people|one|ones)(?: of (?:you|us))?|how many(?: (?:people|persons|folks|of (?:us|you)|devs|engineers|developers|team members))?)(?: here| else| of (?:us|you)| on the team| in the team)?(?: (?:who|that))?";
/** Having worked somewhere: "used to work at", "has worked for", "is at", "interned at". */
const WORKED =
  "(?:(?:has |have )?(?:ever )?(?:used to work|previously worked|formerly worked|worked|works|work|is working|are working|'s working|'re working|currently works|currently work|interned|interns|was an intern|has been|have been|was|were|is|are|'s|'re|is employed|are employed|was employed|used to be|has interned|spent time)) (?:at|for|by|@)";
/** Time words after the employer ("before", "now", "ever"). */
const WHEN =
  '(?: (?:before|previously|now|currently|right now|rn|in the past|at some point|ever|at any point))?';
/** An employer or place: one to four words. */
// Lazy, so a time word after it ("at flipkart right now") is read as one.
const NAME = '(?<employer>[^ ]+(?: [^ ]+){0,3}?)';
/** What "former" or "previous" says of other than an employer: "previous projects", "ex colleagues". */
const NOT_AN_EMPLOYER =
  '(?:jobs?|roles?|positions?|projects?|work|experience|employers?|employees?|companies|company|colleagues?|co-?workers?|teammates?|team|teams|interns?|managers?|people|folks|clients?)(?: |$)';
/** "in charge of billing" is no place. */
// Never a question of its own ("anyone around who's worked with pytorch?"): that is asked about a skill.
const PLACE_NAME =
  "(?!(?:charge|who|who's|whos|what|what's|which|how|where|when|why|does|do|can|knows?) )(?<place>[^ ]+(?: [^ ]+){0,3})";
/** Being somewhere: "based in", "living near", "located in". */
const LIVES =
  '(?:(?:currently |now )?(?:based|located|living|residing|sitting|lives|live|resides|reside|works remotely|working remotely|working|works|work))';
const HERE = '(?: here| around| on the team| in the team| in here| on this team)?';
/** Before a group: "any", "are there any", "do we have", "list all the". */
const ASK_GROUP =
  '(?:(?:are there|do we have|have we got|got|is there|we have) (?:any |some |an? )?|any |some |list (?:all )?(?:the |our )?|show(?: me)? (?:all )?(?:the |our )?|find(?: me)? (?:all )?(?:the |our )?|all (?:the |our )?|our )?';

export const GROUP_RULES: readonly IntentRule[] = [
  // "who are the data scientists", "who's a frontend dev", "any devops people?", "designers?"
  {
    command: 'people',
    pattern: r(
      `(?:who(?: are|'re| all are)|which (?:of (?:you|us) )?are) (?:the |our |all the |all our |any )?(?<role>${GROUP_PHRASE})${HERE}`,
    ),
  },
  {
    command: 'people',
    pattern: r(
      `(?:who(?:'s| is)(?: here)?|which (?:of (?:you|us) )?is) (?:an? |any )(?<role>${GROUP_PHRASE})${HERE}`,
    ),
  },
  { command: 'people', pattern: r(`${ASK_GROUP}(?<role>${GROUP_PHRASE})${HERE}`) },
  // "who does mobile", "who works on frontend", "anyone doing devops", "anyone in security?"
  {
    command: 'people',
    pattern: r(
      `(?:who|anyone|anybody|someone|somebody|which of (?:you|us))(?: here)? (?:does|do|is doing|are doing|doing|works? (?:on|in)|is working (?:on|in)|are working (?:on|in)|working (?:on|in)|is in|are in|in|handles?|owns?)(?: the)? (?<role>${GROUP_FIELD})(?: stuff| work| things| dev| development| engineering| side)?${HERE}`,
    ),
  },
  // "who makes games", "anyone building mobile apps"
  {
    command: 'people',
    pattern: r(
      `(?:who|anyone|anybody|someone|somebody)(?: here)? (?:makes|make|making|builds|build|building|develops|develop|developing|creates|creating|ships|shipping) (?:video )?(?<role>games|mobile apps)${HERE}`,
    ),
  },
  // "who founded a company", "anyone running a startup", "who is an entrepreneur"
  {
    command: 'people',
    fixed: { role: 'founders' },
    pattern: r(
      `(?:who|anyone|anybody|someone|somebody)(?: here)? (?:(?:has |have )?(?:founded|co-?founded|started|runs|run|running|is running|owns|own|has|have) (?:a|an|their own|his own|her own|my own) (?:company|startup|start-up|business)|is an? (?:entrepreneur|business owner))${HERE}`,
    ),
  },
  // "who is still studying", "anyone in college?"
  {
    command: 'people',
    fixed: { role: 'students' },
    pattern: r(
      `(?:who|anyone|anybody|someone|somebody)(?: here)?(?: is| are|'s)? (?:still )?(?:studying|in (?:school|college|university|uni|grad school)|at (?:university|uni|college))${HERE}`,
    ),
  },
  // "how many designers are there", "how many frontend devs do we have"
  {
    command: 'people',
    pattern: r(
      `how many (?<role>${GROUP_PHRASE})(?: (?:are there|do we have|have we got|are here|are on the team|are in the team|work here|there are))?${HERE}`,
    ),
  },
  // who works or worked at an employer
  { command: 'people', pattern: r(`(?:(?:does|did|has|have|is|are) )?${SUBJECT} ${WORKED} ${NAME}${WHEN}`) },
  // "who worked in microsoft", "anyone interned in ibm": an employer, or else a place (handlers/people.ts)
  {
    command: 'people',
    pattern: r(
      `(?:(?:does|did|has|have) )?${SUBJECT} (?:(?:has |have )?(?:ever )?(?:worked|previously worked|formerly worked|used to work|interned|has interned|was employed|were employed|did an internship|did internships)) in ${NAME}${WHEN}`,
    ),
  },
  {
    command: 'people',
    pattern: r(
      `(?:(?:is there|are there|do we have|have we got|is|are) )?(?:anyone|anybody|someone|somebody|people|any)(?: here)? (?:from|ex-|ex) ?${NAME}`,
    ),
  },
  { command: 'people', pattern: r(`who(?:'s|'re| is| are)(?: here| else)? (?:at|@|from|ex-) ?${NAME}`) },
  // "former googlers", "who are the ex-amazon people", "list the ex-AWS folks" (not "previous projects")
  {
    command: 'people',
    pattern: r(
      `(?:who(?:'s|'re| is| are)(?: the| our)? |(?:any|all|list|show(?: me)?)(?: the| our| all)? )?(?:ex|former|previous)[- ](?!${NOT_AN_EMPLOYER})(?<employer>[^ ]+(?: [^ ]+)??)(?: (?:people|folks|employees|engineers|devs|staff|alumni))?${HERE}`,
    ),
  },
  // "who has led a team", "anyone managed people before?", "who has leadership experience"
  {
    command: 'people',
    fixed: { role: 'managers' },
    pattern: r(
      `${SUBJECT} (?:(?:has|have|had) )?(?:ever )?(?:led|leads|lead|leading|managed|manages|manage|managing|headed|heads|runs|ran|run) (?:a |an |the |their |his |her |engineering |dev |development |own )*(?:teams?|people|engineers|developers|devs|squads?)(?: before| ever| now)?${HERE}|${SUBJECT} (?:has|have|had|with) (?:any |some )?(?:team |people |engineering )?(?:leadership|management) experience${HERE}`,
    ),
  },
  // who studies or studied at a school
  {
    command: 'people',
    pattern: r(
      `(?:(?:does|did|has|have|is|are) )?${SUBJECT} (?:(?:has |have )?(?:studied|studies|study|is studying|are studying|was studying|goes|go|went|graduated|graduates|is enrolled|are enrolled|was enrolled|attends|attended|is a student|was a student|are students|did (?:a|their|his|her) (?:degree|masters|master's|bachelors|bachelor's|phd))) (?:at|in|from|to) (?<school>[^ ]+(?: [^ ]+){0,5})`,
    ),
  },
  // who is based in a place
  {
    command: 'people',
    pattern: r(
      `(?:(?:is there|are there|do we have) )?${SUBJECT} (?:(?:is|are|'s|'re) )?${LIVES} (?:in|near|around|out of|close to) ${PLACE_NAME}`,
    ),
  },
  {
    command: 'people',
    pattern: r(
      `(?:(?:is there|are there) )?(?:who(?:'s|'re| is| are)|anyone|anybody|someone|somebody|people|folks|how many(?: people| of us)?(?: are)?)(?: here)? (?:in|near|around|close to) ${PLACE_NAME}`,
    ),
  },
  // "where is everyone based", "where are you all from": each person's place
  {
    command: 'people',
    fixed: { place: 'everyone' },
    pattern: r(
      "where (?:is|are|does|do) (?:everyone|everybody|every one|all of (?:you|us)|you all|y'all|you guys|people|the team|the people here|we all|all the people|all)(?: here)?(?: (?:based|located|from|living|live|work from|working from|sitting))?(?: (?:now|currently))?|(?:everyone|everybody)(?:'s|s)? (?:locations?|places?|cities|countries|whereabouts)",
    ),
  },
  // how many people there are, and how many know a skill
  {
    command: 'people',
    pattern: r(
      'how many (?:(?:people|persons|profiles|folks|members|team members|users|devs|developers|engineers|of us|of you)(?: (?:are there|are (?:here|indexed|listed|in here|on the team|in the team|in the folder|loaded)|do you know(?: about)?|do you have|have you got|do we have|can i ask about|can you tell me about|are you tracking))?(?: in total| total| altogether)?|are there|in total)',
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      `(?:how many|(?:the )?(?:number|count|total|headcount) of)(?: (?:people|persons|ppl|folks|devs|developers|engineers|of (?:us|you|them|the team)|users|profiles|team members|members))?(?: here| on the team| in the team)?(?: (?:are there|are|is|do))?(?: (?:who|that))? ${KNOWS} (?<skill>.+)`,
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      `how many (?<skill>.+?) ${ROLE}(?: (?:are there|do we have|have we got|are here|are on the team|there are))?${HERE}`,
    ),
  },
  // Spanish, Portuguese, German, French and Italian: worked at, lives in, how many know
  {
    command: 'people',
    pattern: r(
      `(?:qui[eé]n(?:es)?|alguien|quem|algu[eé]m|wer|jemand|qui|quelqu'un|chi|qualcuno)(?: (?:aqu[ií]|aqui|hier|ici|qui))? (?:trabaj[oó]|trabaja|trabajan|trabajaba|ha trabajado|trabalha|trabalhou|trabalhava|j[aá] trabalhou|arbeitet|arbeitete|hat gearbeitet|war|travaille|a travaill[eé]|travaillait|lavora|ha lavorato|lavorava) (?:en|para|na|no|em|pela|pelo|bei|f[uü]r|chez|pour|[aà]|presso|per|da|in) ${NAME}(?: gearbeitet)?`,
    ),
  },
  {
    command: 'people',
    pattern: r(
      `(?:qui[eé]n(?:es)?|alguien|quem|algu[eé]m|wer|jemand|qui|quelqu'un|chi|qualcuno)(?: (?:aqu[ií]|aqui|hier|ici|qui))? (?:vive|viven|reside|est[aá]n?|mora|moram|wohnt|lebt|sitzt|habite|vit|est bas[eé]e?|abita|sta) (?:en|em|no|na|in|[aà]|au|a) ${PLACE_NAME}`,
    ),
  },
  // "¿quién es de Brasil?", "quem é do Brasil", "wer kommt aus Indien", "qui vient du Canada": a place
  {
    command: 'people',
    pattern: r(
      `(?:qui[eé]n(?:es)?|alguien|quem|algu[eé]m|wer|jemand|qui|quelqu'un|chi|qualcuno)(?: (?:aqu[ií]|aqui|hier|ici|qui))? (?:es|son|viene|vienen|[eé]|s[aã]o|vem|v[eê]m|kommt|stammt|est|vient|[eè]|viene) (?:de|del|da|do|dos|das|aus|du|des|di|dal|dalla) ${PLACE_NAME}`,
    ),
  },
  // "¿quién estudió en la UNAM?", "quem estudou na USP", "wer hat an der TUM studiert", "qui a étudié à l'EPFL"
  {
    command: 'people',
    pattern: r(
      `(?:qui[eé]n(?:es)?|alguien|quem|algu[eé]m|wer|jemand|qui|quelqu'un|chi|qualcuno)(?: (?:aqu[ií]|aqui|hier|ici|qui))? (?:estudi[oó]|estudia|estudian|ha estudiado|se gradu[oó]|estudou|estuda|estudam|se formou|formou-se|studiert|studierte|a [ée]tudi[ée]|[ée]tudie|a fait ses [ée]tudes|ha studiato|studia|si [eè] laureat[oa]) (?:en la |en el |en |na |no |em |pela |pelo |an der |am |an |auf der |in |[aà] l'|[aà] la |[aà] |au |all'|alla |al |a )(?<school>[^ ]+(?: [^ ]+){0,4}?)`,
    ),
  },
  {
    command: 'people',
    pattern: r(
      `(?:wer|jemand)(?: hier)? hat (?:an der |am |an |auf der |in )(?<school>[^ ]+(?: [^ ]+){0,4}?) (?:studiert|seinen abschluss gemacht|den abschluss gemacht)`,
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      '(?:cu[aá]nt[oa]s(?: personas)?|quant[oa]s(?: pessoas)?|wie viele(?: leute| personen)?|combien(?: de personnes)?|quant[ie](?: persone)?) (?:saben|conocen|usan|sabem|conhecem|usam|kennen|k[oö]nnen|nutzen|connaissent|ma[iî]trisent|utilisent|conoscono|sanno|usano) (?<skill>.+)',
    ),
  },
];

/**
 * "who is a biologist", "is anyone here a game designer": a job no group names, looked for in headlines and
 * titles. Late in the table, so every rule about skills, people and facts reads its question first; "a rust
 * dev" describes someone by a skill (described-person.ts), never a title.
 */
export const TITLE_RULE: IntentRule = {
  command: 'people',
  pattern: r(
    "(?:who(?:'s| is)(?: here)?|(?:is )?(?:anyone|anybody|someone|somebody|any of (?:you|us))(?: here)?(?: who is)?) an? (?<role>(?!(?:good|great|real|fit|match|bit|lot|person|one)\\b)[^ ]+(?: [^ ]+){0,3})(?<! (?:dev|devs|developer|developers|engineer|engineers|programmer|programmers|guy|gal|person|expert|experts|specialist|user))",
  ),
};
