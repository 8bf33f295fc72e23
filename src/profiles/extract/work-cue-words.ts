// The words that cue a job in prose, per language: work verbs, the prepositions that name an employer after
// them or after a job title, and the hints a line must hold before any of prose-experience's scans runs.

/** Verbs and nouns of having a job, in the languages of JOB_ROLE. */
export const WORK_VERB =
  /\b(?:work|works|working|worked|employed|job|role|position|interning|interned|lavoro|lavoravo|lavorato|werk|werkte|werkzaam|trabajo|trabajando|trabaj[eé]|atuo|atuei|atuando|trabalho|trabalhei|trabalhando|travaille|travaillé|arbeite|arbeitete|работаю|работал|работала)\b/iu;

// "Actualmente trabajo en Oxxo", "Trabalhando na Jabuti", "Работаю в Яндексе", "Pracuję w Sowa Systems": in
// Spanish, Portuguese, Russian and Polish the weak preposition after a first-person work verb names the
// employer when a capitalised name follows. English "in" stays link-only ("I work in Berlin", "in Python").
export const FIRST_PERSON_WORK =
  /(?:^|[^\p{L}])(?:trabajo|trabajé|trabajando|trabalho|trabalhei|trabalhando|работаю|работал|работала|pracuję|pracuje|pracowałe?m|pracowałam)(?!\p{L})/iu;

// Prepositions that name an employer after a role or a work verb; the weak ones ("in", "en", "em", "в", "w")
// also name places ("I work in Berlin"), so only a link, an @name or a company-shaped name after them counts.
export const STRONG_AT = new Set([
  'at',
  '@',
  'chez',
  'bei',
  'for',
  'na',
  'no',
  'pela',
  'pelo',
  'für',
  'presso',
  'bij',
]);
export const WEAK_AT = new Set(['in', 'en', 'em', 'в', 'w', 'on']);
/** After a job title alone (no work verb), only these name an employer: "Engineer at X", "Dev @ X", "Desenvolvedora na X". */
export const ROLE_AT = new Set(['at', '@', 'chez', 'bei', 'presso', 'bij', 'na', 'no']);
/** Of those, the ones that also name places ("Desenvolvedor no Rio"): a place after them is no employer. */
export const ROLE_AT_PLACES = new Set(['na', 'no']);
export const ANCHOR = /(?:^|\s)(at|@|chez|bei|for|für|na|no|pela|pelo|presso|bij|in|en|em|в|w|on)\s+/giu;

/** Words without which no pattern of prose-experience can match; most lines have none (one regex test, no copies). */
export const STRONG_HINT =
  /(?:^|\s)(?:at|chez|bei|for|für|na|no|pela|pelo|presso|bij)\s|@|\b(?:ex|former)[-\s]|founder|\bjoined\s|\b(?:ceo|cto|owner)\b|\((?:my|our)\s/i;
export const WEAK_HINT = /(?:^|\s)(?:in|en|em|в|w|on)\s/i;
