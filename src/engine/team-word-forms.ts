// teamWordForms: the folded words a team question's word is found as in profile lines: its plural and verb
// forms, and for a few kinds of background (banks, consulting, a master's, mentoring, hackathons, talks)
// the words that say the same in other words or languages ("bank" → banking, fintech, bancário, Bankwesen).

/** Kinds whose words say the same thing; any word of a kind finds them all. Folded (no accents). */
const KINDS: readonly (readonly string[])[] = [
  [
    'bank',
    'banks',
    'banking',
    'fintech',
    'fintechs',
    'banco',
    'bancos',
    'bancario',
    'bancaria',
    'banque',
    'bancaire',
    'bankwesen',
  ],
  ['payment', 'payments', 'pagamento', 'pagamentos', 'pagos', 'paiement', 'paiements', 'zahlungen'],
  [
    'consulting',
    'consultancy',
    'consultant',
    'consultants',
    'consultoria',
    'consultora',
    'consultor',
    'conseil',
    'beratung',
    'berater',
    'beraterin',
  ],
  ['master', 'masters', 'msc', 'mestrado', 'maestria', 'mastere'],
  ['mentor', 'mentors', 'mentoring', 'mentorship', 'mentored', 'mentees', 'mentoria', 'mentorat'],
  ['hackathon', 'hackathons', 'hackaton', 'hackatons'],
  [
    'talk',
    'talks',
    'presentations',
    'speaker',
    'speaking',
    'spoke',
    'spoken',
    'charlas',
    'palestras',
    'conferences',
    'vortrage',
  ],
  ['meetup', 'meetups'],
  ['bootcamp', 'bootcamps'],
  ['tutor', 'tutors', 'tutoring', 'tutored', 'tutoria'],
  ['won', 'win', 'winner', 'gano', 'ganhou', 'venceu', 'gagne', 'gewonnen'],
  ['lead', 'led', 'leading', 'lider', 'leiter'],
  ['teaching', 'taught', 'teach', 'teacher', 'ensino', 'ensenanza', 'unterrichtet'],
];

const KIND_OF = new Map<string, readonly string[]>();
for (const kind of KINDS) for (const word of kind) KIND_OF.set(word, kind);

/** Endings a word drops or takes in a line ("mentors" → mentor, "hackathon" → hackathons); ≥ 4 letters left. */
const ENDINGS = ['s', 'es', 'ing', 'ed', 'ship'];

/** The forms of one folded question word, the word first; at most 16. */
export function teamWordForms(word: string): string[] {
  const forms = new Set([word]);
  for (const end of ENDINGS) {
    if (word.endsWith(end) && word.length - end.length >= 4) forms.add(word.slice(0, -end.length));
    else if (word.length >= 4) forms.add(word + end);
  }
  for (const form of [...forms]) for (const same of KIND_OF.get(form) ?? []) forms.add(same);
  return [...forms].slice(0, 16);
}

/** Whether a folded word is one of the kinds above ("consultoria", "fintech"): a kind, never a name. */
export const isKindWord = (word: string): boolean => KIND_OF.has(word);
