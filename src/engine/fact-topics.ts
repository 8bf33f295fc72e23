// Facts about a person that have no slot of their own (talks, interests, pronouns, books, podcast,
// games, a fun fact, where they were born): which words of a question ask for one, and which words of
// a heading or line state it, in English and a few other languages. topic-line.ts answers them.

export interface FactTopic {
  /** The section name the question is answered as ("/section olga talks"). */
  topic: string;
  /** What the answer is titled when a line (not a heading) states it. */
  label: string;
  /** Words of a question (folded: lowercase, no accents or punctuation) that ask for it. */
  asks: RegExp;
  /** Words of a heading or line that state it. */
  cue: RegExp;
}

export const FACT_TOPICS: readonly FactTopic[] = [
  {
    // Before "talks": "what does X like to talk about" asks for their ask-me-about line, not their talks.
    topic: 'ask me about',
    label: 'Ask them about',
    asks: /\b(?:(?:talk|chat|ask (?:him|her|them)|ask) about|like to (?:talk|chat|discuss))\b/,
    cue: /\b(?:ask me about|talk to me about|(?:happy|love|like) to (?:talk|chat) about|pergunte-me sobre|preg[uú]ntame sobre)\b/iu,
  },
  {
    topic: 'talks',
    label: 'Talks',
    asks: /\b(?:talks?|spoken at|speak(?:s|ing)? at|conferences?|keynotes?|presentations?|speaker)\b/,
    cue: /\b(?:talks?|speaking|speaker|spoke at|keynotes?|conference talks?|presented at|presentations?|palestras?|charlas?|ponencias?|vortr[äa]ge?|conf[ée]rences?)\b/iu,
  },
  {
    topic: 'pronouns',
    label: 'Pronouns',
    // "quels sont les pronoms d'alison", "¿pronombres de ana?": the word in French, Spanish, Portuguese, German, Italian.
    asks: /\b(?:pronouns?|pronoms?|pronombres?|pronomes?|pronomen|pronomi)\b/,
    cue: /\b(?:pronouns?|she\/her|he\/him|they\/them|she\/they|he\/they)\b/iu,
  },
  {
    topic: 'fun fact',
    label: 'Fun fact',
    asks: /\bfun ?facts?\b/,
    cue: /\bfun ?facts?\b|\bcuriosidade\b|\bdato curioso\b/iu,
  },
  {
    topic: 'podcast',
    label: 'Podcast',
    asks: /\bpodcast/,
    cue: /\bpodcast/iu,
  },
  {
    topic: 'books',
    label: 'Books',
    asks: /\b(?:books?|authored)\b/,
    cue: /\b(?:books?|co-?author(?:ed)?(?: of)?|author of|livros?|libros?|b[üu]cher|buch)\b/iu,
  },
  {
    topic: 'games',
    label: 'Games',
    asks: /\bgames?\b/,
    cue: /\b(?:games?|jogos?|juegos?|spiele?)\b/iu,
  },
  {
    // The profile template's "👯 I'm looking to collaborate on …" and "🤔 I'm looking for help with …" lines:
    // before "looking for", whose words the second one holds.
    topic: 'collaborate',
    label: 'Wants to collaborate on',
    asks: /\bcollaborat(?:e|es|ing|ion|ions)\b/,
    cue: /\b(?:collaborate on|collaborating on|(?:open to|up for) collaborat(?:e|ing|ions?)|colaborar em|colaborar en)\b/iu,
  },
  {
    topic: 'help with',
    label: 'Looking for help with',
    asks: /\b(?:help with|needs? help|looking for help|struggl(?:e|es|ing) with)\b/,
    cue: /\b(?:looking for help|need(?:s)? help|help with|ajuda com|ayuda con)\b/iu,
  },
  {
    // "what is vardaan looking for": the line that says what work they seek ("Open to ML internships").
    topic: 'looking for',
    label: 'Looking for',
    // "is yawar ok with remote", "would X relocate", "is X available": the same line says it.
    asks: /\b(?:looking for|seeking|searching for|hoping to find|open to|(?:ok|okay|fine|happy) with remote|remote work|relocat(?:e|ing|ion)|available for|for hire)\b/,
    cue: /\b(?:looking for|seeking|open to|available for|busco|buscando|procuro|procurando|je cherche|ich suche|cerco)\b/iu,
  },
  {
    topic: 'publications',
    label: 'Publications',
    asks: /\b(?:published|publications?|papers?)\b/,
    cue: /\b(?:publications?|published|papers?|publica(?:ções|coes|ciones)|ver(?:ö|oe?)ffentlichungen)(?![\p{L}])/iu,
  },
  {
    // "what did sgk18 win", "what awards has kihyeon won": an Awards heading, else a line that says so.
    topic: 'awards',
    label: 'Awards',
    asks: /\b(?:awards?|won|win|prizes?|honou?rs)\b/,
    cue: /\b(?:awards?|awarded|won|winners?|runner-?up|prizes?|honou?rs|(?:1st|2nd|3rd|first|second|third) place|pr[eê]mios?|auszeichnungen?)\b|수상|受賞|获奖|荣获|得奖|表彰|入賞|優勝|상(?:을|도|은)? ?받/iu,
  },
  {
    topic: 'volunteer',
    label: 'Volunteering',
    asks: /\bvolunteer(?:s|ed|ing)?\b/,
    cue: /\b(?:volunteer(?:s|ed|ing)?|voluntary|voluntariado|volunt[aá]rio|ehrenamt(?:lich)?)\b|\bb[ée]n[ée]vol/iu,
  },
  {
    // "when is alison's birthday": "Birthday: 1992-06-16", "1986年生まれ"; before "born", which asks where.
    topic: 'birthday',
    label: 'Birthday',
    asks: /\b(?:birthday|bday|date of birth|birth ?date|geburtstag|cumpleanos|aniversario|anniversaire)\b/,
    cue: /\b(?:birthday|born on|date of birth|birth ?date|geburtstag|cumpleaños|aniversário|anniversaire)\b|誕生日|生年月日|\d{4} ?年(?:\d{1,2} ?月)?(?:\d{1,2} ?日)? ?生まれ|生日|생일|день рождения|дата рождения/iu,
  },
  {
    topic: 'birthplace',
    label: 'Born in',
    asks: /\b(?:born|birth ?place|place of birth|birthplace)\b/,
    cue: /\b(?:born|nascid[oa]|nacid[oa]|geboren)\b/iu,
  },
  {
    // "how old is samuel": "tenho 20 anos", "I'm a 24-year-old developer", "age: 31".
    topic: 'age',
    label: 'Age',
    asks: /\b(?:how old|age)\b/,
    cue: /\b(?:\d{1,2} years? old|\d{1,2}-years?-old|(?:tenho|tengo|ho|j'ai) \d{1,2} (?:anos|años|anni|ans)|bin \d{1,2} jahre alt|age\s*[:=])|мне \d{1,2} (?:лет|года?)|\d{1,2}(?:歳|岁|살)/iu,
  },
  {
    // "what does X prefer": the line that says what they prefer ("I prefer reproducible things.").
    topic: 'preferences',
    label: 'Prefers',
    asks: /\b(?:prefers?|preferences?|preferred)\b/,
    cue: /\b(?:prefers?|preferences?|preferred|prefiero|prefiro|pr[ée]f[èe]re|bevorzuge|preferisco)\b/iu,
  },
  {
    topic: 'dislikes',
    label: 'Dislikes',
    asks: /\b(?:dislikes?|hates?|pet peeves?|can ?t stand)\b/,
    cue: /\b(?:dislikes?|hates?|pet peeves?|i can['’]?t stand|n[ãa]o gosto|no me gusta|je d[ée]teste)\b/iu,
  },
  {
    // "zhao's lab", "who is X's advisor": the line naming their lab or affiliation ("Affiliation: … RobotX Lab").
    topic: 'lab',
    label: 'Lab',
    asks: /\b(?:lab|labs|laboratory|research group|affiliation|affiliated)\b/,
    cue: /\b(?:lab|laborator(?:y|ies)|research group|affiliation|laborat[oó]rio|laboratorio|laboratoire)\b|研究室|实验室|實驗室|연구실/iu,
  },
  {
    // "what's next for victor", "what are X's goals", "X's plans": a "[NEXT] …" line, a Goals heading.
    topic: 'goals',
    label: 'Goals',
    asks: /\b(?:whats next|what s next|next for|plans?|planning|goals?|aims?|aspirations?|ambitions?|roadmap)\b/,
    // "Plans: free / pro", "Pricing plans": a price list, not what someone means to do.
    cue: /\b(?:goals?|(?<!\b(?:pricing|price|free|paid|pro|premium|subscription|billing|hosting|starter|basic|enterprise|monthly|yearly|annual) )plans?(?![^\p{L}\p{N}$€£]{0,4}(?:free|pro|premium|paid|starter|basic|enterprise|pricing|from \p{Sc}|[$€£]))|planning to|roadmap|aspirations?|metas|objetivos?|objectifs?|ziele)\b|^[^\p{L}]{0,4}next\b|目标|目標|今後|予定|목표/iu,
  },
  {
    // "what is rokuyan's core skill", "X's main language": the line that names it ("Python3 がコアスキル").
    topic: 'main skill',
    label: 'Main skill',
    asks: /\b(?:core|main|primary|strongest|go to) (?:skills?|languages?|stack|tech|technology|expertise)\b/,
    cue: /\b(?:core skills?|main (?:language|stack|skill)s?|primary (?:language|stack)|go-to (?:language|stack))\b|コアスキル|主力|擅长|主攻|주력|주 언어/iu,
  },
  {
    topic: 'interests',
    label: 'Interests',
    asks: /\b(?:interested|interests?|curious|passionate|hobby|hobbies|into|likes?|enjoys?|(?:spare|free) time|for fun|outside (?:of )?work|off duty|after work)\b/,
    cue: /\b(?:interested in|interests?|curious about|passionate about|fascinated by|hobbies|hobby|(?:spare|free) time|off-?duty|outside (?:of )?(?:work|coding)|when i['’]?m not (?:coding|working|programming)|interess(?:es|ado|ada)|intereses|interessiert|attirance (?:particuli[èe]re )?pour|j'aime)\b|爱好|兴趣|趣味|취미|が好き|好きです|喜欢|좋아합니다/iu,
  },
];

/** The fact a question's words ask for; null when they ask for none of these. */
export function factTopicAsked(foldedWords: string): FactTopic | null {
  return FACT_TOPICS.find((t) => t.asks.test(foldedWords)) ?? null;
}

/** The fact topic a section name stands for ("talks", "fun fact"); undefined for any other name. */
export function factTopicNamed(topic: string): FactTopic | undefined {
  return FACT_TOPICS.find((t) => t.topic === topic);
}
