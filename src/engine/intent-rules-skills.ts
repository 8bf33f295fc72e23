// Free-text rules for questions about skills: who knows X (however it is asked), does X know Y,
// which languages X speaks. Part of the ordered table in intent-rules.ts.
import type { IntentRule } from './intent-rules.js';
import { PERSON_SKILL_RULES } from './intent-rules-person-skill.js';

const ANYONE = '(?:anyone|anybody|someone|somebody|any one|people|folks|engineers|devs|developers)';
export const KNOWS =
  '(?:(?:has |have )?(?:done|used|touched|dealt with|played with|tinkered with|messed with|messed around with)|knows?(?: about| (?:their|your|his|her|the) way (?:around|with|in))?|uses?|has used|have used|can do|does|(?:is |are )?good (?:at|with)|(?:is |are )?(?:an )?experts? (?:in|at|on|with)|ha(?:s|ve) experience (?:with|in)|(?:ha(?:s|ve) )?got|ha(?:s|ve)|works? with|worked with|(?:can|could) help(?: me| us)? (?:with|on)|(?:would|might|could|should) know(?: about)?|(?:is |are )?familiar with|writes|codes in|programs in|(?:is |are )?into|speaks?)';
/** Who a question is addressed to: "who here", "which of you", "which engineer". */
const WHO =
  "(?:who(?:'s|'d| else)?(?: (?:here|else|of you|of us|among you|on the team|in the team|around))?|which (?:of (?:you|us|them)|one of (?:you|us)|(?:one|ones|person|people|engineers?|devs?|developers?)(?: here)?))";
/** What a person is called when described instead of named: "the kotlin dev". */
export const ROLE =
  '(?:people|devs|developers|experts|folks|engineers|users|specialists|gurus|wizards|programmers|peeps)';

/** The ways to reach someone a question can ask for by name ("ana's email", "his linkedin"). */
const REACH_WAYS =
  'contact|contact info|contacts|email|e-mail|mail|email address|linkedin|twitter|x|github|discord|telegram|whatsapp|phone|phone number|number|mastodon|bluesky|website|socials';

const r = (source: string) => new RegExp(`^${source}$`);

export const SKILL_RULES: readonly IntentRule[] = [
  // who knows a skill (anyone)
  // spoken languages before "does X know": "does nina speak russian"
  {
    command: 'section',
    fixed: { section: 'spoken languages' },
    pattern: r(
      '(?:which|what) (?:spoken |human |natural )?languages (?:does|do|can|did) (?<person>.+?) (?:speak|talk|know)(?: fluently)?',
    ),
  },
  {
    command: 'section',
    fixed: { section: 'spoken languages' },
    needsPerson: true,
    pattern: r('(?:does|can|do) (?<person>.+?) speak (?:any )?.+'),
  },
  {
    command: 'experience',
    pattern: r(
      '(?:who|which compan(?:y|ies)|what compan(?:y|ies)|where) (?:does|did|is|has|have) (?<person>.+?) (?:work|working|worked) (?:for|at)(?: (?:before|previously|in the past))?',
    ),
  },
  // "anyone have sanithu's linkedin?": a way to reach someone, asked of the room.
  {
    command: 'contact',
    needsPerson: true,
    pattern: r(
      `(?:(?:does|do|did) )?${ANYONE}(?: here)? (?:have|has|got|know|knows)(?: the)? (?<person>.+?)(?:'s|') (?:${REACH_WAYS})(?: (?:address|handle|profile|link|username|number|id))?`,
    ),
  },
  { command: 'whoknows', pattern: r(`${WHO} ${KNOWS} (?<skill>.+)`) },
  { command: 'whoknows', pattern: r(`${ANYONE} (?:here |around )?(?:${KNOWS}|do) (?<skill>.+)`) },
  // German help requests, before "wer kann X" below reads "uns mit X helfen" as X: "kann mir jemand bei terraform helfen", "wer kann uns mit kafka helfen".
  {
    command: 'whoknows',
    pattern: r(
      '(?:(?:kann|k[oö]nnte) (?:mir |uns )?(?:jemand|wer|einer)|wer (?:kann|k[oö]nnte)) (?:mir |uns )?(?:bei|mit) (?:der |dem |den )?(?<skill>.+?) helfen',
    ),
  },
  // Spanish, Portuguese, French and German "who knows X"
  {
    command: 'whoknows',
    pattern: r(
      '(?:qui[eé]n|alguien|quem|algu[eé]m|qui|wer|jemand)(?: (?:aqu[ií]|aqui|a[ií]|ah[ií]|ac[aá]|ici|hier))? (?:j[aá] usou|usou|ha usado|(?:tem |tiene |com |con )experi[eê]ncia (?:com|em|con|en)|sabe|conoce|domina|maneja|usa|trabaja con|conhece|manja de|trabalha com|conna[iî]t|ma[iî]trise|utilise|travaille avec|kennt|kann|beherrscht|nutzt|benutzt|arbeitet mit)(?: (?:de|del|sobre|du|de la|des|le|la|les|sich mit|sich in))? (?<skill>.+?)(?: aus)?',
    ),
  },
  // "where do I go with questions about ansible", "where should we turn for help with kafka".
  {
    command: 'whoknows',
    pattern: r(
      'where (?:do|should|can|could|would) (?:i|we) (?:go|turn)(?: (?:with|for) (?:questions|help|a question|issues|problems))? (?:about|on|with|regarding|re|for) (?<skill>.+)',
    ),
  },
  // the skills first, the question after: "docker, kubernetes and terraform - who knows all three"
  {
    command: 'whoknows',
    pattern: r(
      `(?<skill>.+?) ?[-–—:,] (?:who|anyone|anybody|someone|somebody)(?: here)? ${KNOWS}(?: (?:all|both|each)(?: (?:two|three|four|five|of them|of these|of those))?| (?:them|these|those|it|this|that)(?: all)?| any of (?:them|these|those))?`,
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      'who (?:should|can|could|would|do|shall|might|must|to)(?: (?:i|we|one))? (?:ask|talk to|speak (?:to|with)|go to|ping|contact|reach out to|bug|consult|message|approach|pair with|pair|learn from|get help from)(?: about| for| regarding| on| with| re| in)? (?<skill>.+)',
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      "who(?:'s| is| are)(?: the)?(?: (?:best|right|go-to|go to|main|resident))? (?:contact )?(?:person|people|one|expert|experts|guy|gal|contact)(?: here)?(?: (?:to ask|to talk to|to ping|i should ask|we should ask))? (?:about|for|on|with|in) (?<skill>.+)",
    ),
  },
  // "who's the go-to for postgres", "our go-to person for kafka?"
  {
    command: 'whoknows',
    pattern: r(
      "(?:who(?:'s| is| are|'re) )?(?:the |our |your |my )?(?:go-to|go to|goto)(?: (?:person|people|guy|gal|one|expert|contact|dev|human))?(?: here)? (?:for|on|about|with|in|re) (?<skill>.+)",
    ),
  },
  // "who's the kafka expert", "who is our terraform guru": a skill and a word for who knows it best
  // ("the rust person" is a description of someone: described-person.ts).
  {
    command: 'whoknows',
    pattern: r(
      "who(?:'s| is| are|'re) (?:the |our |your |an? )?(?<skill>(?!(?:the|our|your|my|an?|best|right|main|first|last|other|same|new|contact|point|real|actual|go-to|go to|resident|local) )[^ ].*?) (?:expert|experts|guru|gurus|go-to|go to|wizard|wizards|ninja|ninjas|whiz|specialist|specialists|buff|nerd|master|maestro|authority)(?: (?:here|around|on the team|in the team))?",
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      '(?:can|could|would|will) (?:anyone|anybody|someone|somebody|any one)(?: here)? (?:help|assist)(?: me| us)? (?:with|on|in) (?<skill>.+)',
    ),
  },
  // "who can build me a three.js scene", "could someone write us a telegram bot": who makes a thing with it
  // (the handler reads the technology before the thing: skill-before-nouns.ts).
  {
    command: 'whoknows',
    pattern: r(
      '(?:who(?: here)? (?:can|could|would|will)|(?:can|could|would|will) (?:anyone|anybody|someone|somebody)(?: here)?) (?:build|make|create|write|code|develop|set up|put together)(?: me| us)? (?<skill>.+)',
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      "(?:(?:i|we) )?(?:need|want|am looking for|are looking for|'m looking for|'re looking for|looking for) an? (?<skill>.+?) (?:developer|dev|engineer|expert|person|specialist|programmer|guy|consultant)",
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      "(?:i|we) (?:need|want|am looking for|are looking for|'m looking for|'re looking for) (?:someone|somebody|anyone|anybody|a person|people|an expert|experts|a hand|help|some help)(?: who (?:knows|can do|has experience (?:with|in)|is good (?:at|with)))?(?: (?:for|with|in|on|about))? (?<skill>.+)",
    ),
  },
  {
    command: 'whoknows',
    pattern: r(`(?:any|are there any|got any) (?<skill>.+?) ${ROLE}(?: here| around| on the team)?`),
  },
  // "who are the frontend devs", "who're our rust folks": people described by a skill, never one name
  {
    command: 'whoknows',
    pattern: r(
      `who(?: are|'re) (?:the |our |your |all the |all our )?(?<skill>(?!(?:the|our|your|all|my|these|those)\\b)[^ ].*?) ${ROLE}(?: here| around| on the team| in the team)?`,
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      '(?:is there|do we have|have we got) (?:a|an|any|some|someone|somebody) (?<skill>.+?) (?:dev|developer|engineer|expert|person|specialist|programmer|guy|user)(?: here| around| on the team| in the team)?',
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      `(?:does|do|is there|are there|is|are|any) ${ANYONE} (?:here )?(?:who |that )?(?:${KNOWS}|do) (?<skill>.+)`,
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      `(?:(?:find|get|show)(?: me)? |i need |i'm looking for |looking for |need )?${ANYONE} (?:here )?(?:with|who ${KNOWS}|that ${KNOWS}|knowing|good at|familiar with|using|experienced (?:with|in)|into) (?<skill>.+?)(?: (?:experience|skills?|knowledge|background|expertise))?`,
    ),
  },
  {
    command: 'whoknows',
    pattern: r('(?:an? )?(?:experts?|specialists?) (?:in|on|for|with|at) (?<skill>.+)'),
  },
  // "anyone free to pair on kotlin", "is someone around to help with graphql"
  {
    command: 'whoknows',
    pattern: r(
      `(?:(?:is|are) )?${ANYONE}(?: here)? (?:free|available|around|able|willing|up for it) to (?:pair|help|assist|look)(?: me| us)?(?: at)? (?:on|with|in) (?<skill>.+)`,
    ),
  },
  // "help with a kafka consumer lag issue", "need help with terraform state": never the help command
  // (one word after "help with" can be a command's name: "help with skills").
  {
    command: 'whoknows',
    pattern: r(
      "(?:(?:i |we )?(?:need|want|could use|'d like|would like) (?:some )?|can (?:i|we) get (?:some )?)?help(?: me| us)? (?:with|on|for|debugging|fixing) (?!.*\\bcommands?\\b)(?<skill>[^ ]+ .+)",
    ),
  },
  ...PERSON_SKILL_RULES,
];

/** Last of all: "kotlin devs?", "django experts": a skill and a word for the people who have it. */
export const ROLE_RULE: IntentRule = {
  command: 'whoknows',
  pattern: r(
    `(?!(?:all|our|the|your|my|some|other|these|those|more|any) )(?<skill>.+?) ${ROLE}(?: here| around)?`,
  ),
};
