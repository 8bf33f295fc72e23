// Free-text rules for groups a line of the profile names (people-group-lines.ts): who is open to work or
// hiring, who has worked in a domain ("who has worked on games", "anyone with fintech experience"), and who
// is from a place asked in Spanish, Portuguese, German, French or Italian ("¿alguien de brasil?"). Part
// of intent-rules.ts, before the other group rules.

import type { IntentRule } from './intent-rules.js';
import { DOMAIN_FIELDS } from './people-group-lines.js';

const r = (source: string) => new RegExp(`^${source}$`);

const escapeSource = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DOMAIN = `(?<role>${[...DOMAIN_FIELDS]
  .sort((a, b) => b.length - a.length)
  .map(escapeSource)
  .join('|')})`;
const HERE = '(?: here| around| on the team| in the team| in here| on this team| right now| now| atm)?';
const WHO =
  '(?:who|anyone|anybody|someone|somebody|which of (?:you|us)|any of (?:you|us)|people)(?: here| else| on the team| in the team)?(?: (?:who|that))?';
/** What follows a domain without changing it ("games industry", "fintech startups before"). */
const DOMAIN_TAIL =
  '(?: (?:industry|space|sector|domain|field|stuff|projects?|apps?|products?|companies|company|startups?|before|experience|work)){0,2}';

export const DOMAIN_RULES: readonly IntentRule[] = [
  // "who's open to new opportunities", "anyone available for freelance", "who is looking for a job"
  {
    command: 'people',
    fixed: { role: 'open to work' },
    pattern: r(
      `(?:(?:is|are) )?(?:who(?:'s|'re| is| are)?|anyone|anybody|someone|somebody|which of (?:you|us)|any of (?:you|us)|people)(?: here| else| on the team| in the team)?(?: (?:who|that))?(?: (?:is|are|'s|'re))? (?:currently |actively |still )?(?:open to (?:new |other |any )?(?:opportunities|work|offers|job offers|roles|a new role|a new job|new jobs|jobs|freelance(?: work| projects| gigs)?|contract work|internships?)|available (?:for|to) (?:hire|work|freelance(?: work| projects| gigs)?|contract work|new projects|a new role|internships?|take on (?:work|projects|freelance(?: work)?))|looking for (?:a |an |new )?(?:job|work|new job|new role|role|position|internship|opportunities|gigs|freelance work)|job hunting|job seeking|seeking (?:a )?(?:job|work|new role|opportunities)|for hire|hireable|on the market|between jobs|freelancing|doing freelance(?: work)?)${HERE}`,
    ),
  },
  // "who's hiring", "is anyone's team hiring", "which companies are hiring"
  {
    command: 'people',
    fixed: { role: 'hiring' },
    pattern: r(
      `(?:who(?:'s| is| are)|(?:is )?anyone(?:'s (?:team|company))?|anybody|which (?:companies|teams|of (?:you|us))(?: are)?|whose (?:company|team) is)(?: here)? (?:currently |still )?hiring${HERE}`,
    ),
  },
  // "who has worked on games", "has anyone done e-commerce", "anyone building fintech products"
  {
    command: 'people',
    pattern: r(
      `(?:(?:does|did|has|have) )?${WHO}(?: (?:has|have|'s))?(?: ever)? (?:worked|works|work|working|done|did|does|do|doing|been|built|build|builds|building|shipped|made|makes|making) (?:on |in |with |for |any )?(?:the |a |an |some )?${DOMAIN}${DOMAIN_TAIL}${HERE}`,
    ),
  },
  // "anyone with ecommerce experience", "who has experience in fintech", "anyone with a healthcare background"
  {
    command: 'people',
    pattern: r(
      `${WHO} (?:with|has|have|got)(?: (?:any|some|an?))? (?:experience|background) (?:in|with|on) (?:the )?${DOMAIN}${DOMAIN_TAIL}${HERE}`,
    ),
  },
  {
    command: 'people',
    pattern: r(
      `${WHO} (?:with|has|have|got)(?: (?:any|some|an?))? ${DOMAIN} (?:experience|background)${HERE}`,
    ),
  },
  // "¿alguien de brasil?", "alguém aqui é de portugal?", "jemand aus berlin?", "quelqu'un de lyon ?"
  {
    command: 'people',
    pattern: r(
      "(?:hay |tem |gibt es |il y a |c'è )?(?:alguien|algu[eé]m|jemand|quelqu'un|qualcuno)(?: (?:aqu[ií]|aqui|hier|ici|qui))?(?: (?:que sea|que seja|que (?:es|[eé])|[eé]|es|ist|est|è))? (?:de|da|do|dos|das|del|aus|du|des|di|dal|dalla) (?<place>[^ ]+(?: [^ ]+){0,3})",
    ),
  },
];
