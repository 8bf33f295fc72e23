// Groups a line of the profile puts someone in, as data: who is open to work or hiring, and who has worked
// in a domain (games, fintech, e-commerce, healthcare). A domain counts only on a line that speaks of work
// ("Spent eight years building e-commerce solutions"), never on one of hobbies ("I like games"). Read by
// people-group-table.ts (the groups) and said-people.ts (the lines).
import type { PeopleGroup } from './people-group-table.js';

/** Words of work on a line (folded; Hangul, Han and kana as written): a domain named beside them was worked in. */
export const WORK_CUE =
  /\b(?:work|works|worked|working|built|build|builds|building|develop[a-z]*|engineer[a-z]*|ship|shipped|shipping|created|designed|programm[a-z]*|speciali[sz][a-z]*|experience[a-z]*|industry|company|companies|startup|studio|clients?|trabalh[a-z]*|trabaj[a-z]*|desarroll[a-z]*|desenvolv[a-z]*|entwickl[a-z]*|developpe[a-z]*)\b/;
/** The same in scripts without spaces, found inside a run of text ("게임 서버 개발", "游戏开发"). */
export const WORK_CUE_INSIDE = /개발|근무|재직|다녔|开发|工作|開発/u;

/** Hobbies: a line that only enjoys the domain ("play games", "watch movies") is not work in it. */
export const HOBBY_CUE = /\b(?:play|plays|playing|watch|watching|hobby|hobbies|gosto de|me gusta|j aime)\b/;

export const GAMES_LINE =
  /\b(?:games?(?! changer)|gaming|gameplay|gamedev|videogames?|jogos?|juegos?|videojuegos?|jeux video|spiele|spieleentwicklung)\b|게임|游戏|ゲーム/;
const FINTECH_LINE =
  /\b(?:fintech|fin tech|financial (?:services|technology|institutions?|sector|industry|markets?)|banking|bank|banks|neobank|payments?|payment (?:systems?|gateways?)|insurance|insurtech|trading (?:platforms?|systems?)|banco|bancario|financeiro|financiero|pagamentos|pagos)\b/;
const ECOMMERCE_LINE =
  /\b(?:e commerce|ecommerce|q commerce|online (?:shops?|stores?|retail)|retail|marketplaces?|shopify|magento|woocommerce|vtex|comercio (?:eletronico|electronico)|loja virtual|tienda online)\b/;
const HEALTH_LINE =
  /\b(?:health ?(?:care|tech)|medical|medicine|clinical|clinics?|hospitals?|patients?|biomedical|bioinformatics|pharma(?:ceutical|cy)?|cancer|genomics|telemedicine|saude|salud|sante|medic(?:o|a|ale|ina|ine))\b/;

/** A line saying someone seeks work: "open to new opportunities", "for hire", "seeking internships". */
const OPEN_LINE =
  /\b(?:open to (?:(?:new|other|any|exciting|interesting|full time|remote|ai|ml|software|engineering|internship|freelance|job|work|career) ){0,2}(?:opportunit(?:y|ies)|work|roles?|positions?|jobs?|job offers|internships?|freelance|contracts?|gigs)|available for (?:hire|work|freelance|new (?:projects|opportunities|roles)|contract|remote work|internships?|full time)|(?:looking|searching) for (?:a |an |my first |new |full time |remote ){0,2}(?:job|jobs|work|role|position|internships?|opportunit(?:y|ies)|employment)|seeking (?:a |an |new |full time |remote ){0,2}(?:job|jobs|role|roles|position|positions|internships?|opportunit(?:y|ies)|employment)|for hire|open to work|job hunting|hire me|aberto a (?:novas )?oportunidades|abierto a (?:nuevas )?oportunidades|disponible para (?:trabajar|nuevos proyectos)|disponivel para (?:trabalho|novos projetos|oportunidades)|busco (?:trabajo|empleo)|procuro (?:emprego|vagas|oportunidades)|je cherche (?:un emploi|un stage|une alternance|un poste)|offen fur (?:neue )?(?:jobs|projekte|herausforderungen)|auf jobsuche)\b/;
/** A line saying someone's team is hiring. */
const HIRING_LINE =
  /\b(?:we re hiring|we are hiring|i m hiring|im hiring|is hiring|are hiring|now hiring|hiring for|hiring (?:engineers|developers|devs)|join (?:our|my) team|estamos contratando|wir stellen ein|on recrute)\b/;

/** Study words that say someone is a student now ("I'm currently studying Software Engineering"). */
export const STUDENT_LINE =
  /\b(?:(?:i m|im|i am|currently|presently) (?:currently )?(?:studying (?:software|computer|cs|information|electrical|mechanical|civil|data|engineering|informatics|mathematics|math|physics|business|economics|design|at|for (?:a|my))|pursuing (?:a|an|my) (?:degree|bachelor|master|b ?tech|b ?sc|m ?sc|phd)|enrolled (?:at|in))|estoy estudiando|estou cursando|cursando|estudante de|estudiante de|etudiant en)\b/;

/** A line saying someone leads or led people: "I have a team of 10 engineers", "engineering leader", "チームのリーダー". */
export const LEAD_LINE =
  /\b(?:i (?:currently )?(?:lead|led|manage|managed|head|headed) (?:a |an |the |my |our )?(?:[a-z]{1,20} ){0,3}teams?|(?:i have|i manage|managing|leading|led|managed) (?:a )?teams? of \d+|engineering leader|team leader|people manager|bootstrapped teams?)\b|チームのリーダー|リーダーとして|팀장|팀을 이끌|带领团队|团队负责人|руководил[аи]? команд/;

export const LINE_GROUPS: readonly PeopleGroup[] = [
  {
    label: 'Open to work or new opportunities',
    field: 'open to work',
    fields: ['open to work'],
    nouns: [],
    role: /\b(?:open to work|for hire|freelancer|freelance developer|looking for (?:a )?(?:job|work|new role))\b/,
    skills: [],
    says: {
      seeds: [
        'opportunities',
        'hire',
        'seeking',
        'looking for job',
        'available for',
        'open to work',
        'oportunidades',
      ],
      line: OPEN_LINE,
    },
  },
  {
    label: 'Hiring',
    field: 'hiring',
    fields: ['hiring'],
    nouns: [],
    role: HIRING_LINE,
    skills: [],
    says: { seeds: ['hiring', 'join our team', 'contratando'], line: HIRING_LINE },
  },
  domain('Fintech and banking', 'fintech', FINTECH_LINE, [
    ['fintech', 'finance', 'banking', 'payments', 'financial services', 'insurance', 'insurtech'],
    ['fintech', 'banking', 'payments', 'financial', 'bank'],
  ]),
  domain('E-commerce', 'e-commerce', ECOMMERCE_LINE, [
    ['e-commerce', 'ecommerce', 'e commerce', 'retail', 'online retail'],
    ['e-commerce', 'ecommerce', 'retail', 'marketplace', 'shopify'],
  ]),
  domain('Healthcare and medicine', 'healthcare', HEALTH_LINE, [
    [
      'healthcare',
      'health care',
      'health tech',
      'healthtech',
      'health',
      'medical',
      'medicine',
      'bioinformatics',
    ],
    ['healthcare', 'medical', 'clinical', 'hospital', 'patients', 'bioinformatics', 'saude'],
  ]),
];

function domain(
  label: string,
  field: string,
  line: RegExp,
  [fields, seeds]: [readonly string[], readonly string[]],
): PeopleGroup {
  return { label, field, fields, nouns: [], role: line, skills: [], says: { seeds, line, work: true } };
}

/** The fields of the groups a domain question names ("who has worked on games", "anyone done e-commerce"). */
export const DOMAIN_FIELDS: readonly string[] = [
  'games',
  'game',
  'gaming',
  'video games',
  'gamedev',
  'game dev',
  'game development',
  ...LINE_GROUPS.filter((g) => g.says?.work).flatMap((g) => g.fields),
];
