// classifySection: a heading's words → its SectionKind, with a vocabulary in English, Spanish, French,
// German and Portuguese (documented in docs/profile-format.md).

import { foldLetters } from '../../text/fold-text.js';
import { memoize } from '../model/memoize.js';
import type { SectionKind } from '../model/profile.js';
import { stripEmoji } from './clean-heading.js';

/** Alternatives separated by "|". */
type Vocabulary = { phrases: string; stems?: string };

// Phrases match whole words after folding (lowercase, no accents, no apostrophes: "let's" → "lets").
// Stems match inside a word, for German compounds ("Berufserfahrung") and plural/verb forms.
export const SECTION_VOCABULARY: Record<Exclude<SectionKind, 'other'>, Vocabulary> = {
  contact: {
    phrases:
      'contact|contacts|connect|lets connect|get in touch|reach me|reach out|find me|socials|social|' +
      'social media|say hi|say hello|hire me|email me|links|where to find me|contacto|contactame|redes|' +
      'redes sociales|encuentrame|hablemos|me contacter|contactez moi|reseaux sociaux|me joindre|' +
      'erreichbarkeit|soziale netzwerke|contato|contatos|fale comigo|redes sociais',
    stems: 'kontakt',
  },
  certifications: {
    phrases: 'credentials|licenses|accreditations|badges and certifications|certificados',
    stems: 'certif|zertifi',
  },
  education: {
    phrases:
      'education|academic|academics|studies|degree|degrees|university|school|qualifications|courses|' +
      'educacion|formacion|estudios|formation|etudes|diplomes|parcours academique|studium|educacao|' +
      'formacao|estudos',
    stems: 'ausbildung|bildung',
  },
  experience: {
    phrases:
      'experience|experiences|employment|work history|career|jobs|positions|where ive worked|' +
      'professional background|experiencia|experiencias|trayectoria|parcours|parcours professionnel|' +
      'industry|emplois|laufbahn|carreira|trajetoria|internships|internship|pasantias|practicas profesionales|estagios|職歴|職務経歴|工作经历|工作經歷|경력',
    stems: 'erfahrung|werdegang',
  },
  projects: {
    phrases:
      'projects|project|side projects|open source|portfolio|things ive built|what ive built|' +
      'featured work|showcase|contributions',
    stems: 'projekt|proyecto|projet|projeto',
  },
  skills: {
    phrases:
      'skills|skill|skillset|tech stack|my stack|core stack|the stack|technical|technologies|tech|' +
      'tools|tooling|toolbox|languages|programming languages|frameworks|expertise|competencies|' +
      'proficiencies|what i know|strong at|strengths|abilities|habilidades|toolkit|deep understanding|' +
      // "What I work with", "Lo que uso", "Womit ich arbeite": the tools someone uses, said in words.
      'what i work with|things i work with|stuff i work with|what i use|things i use|stuff i use|' +
      'what i build with|things i build with|what i ship with|things i ship with|' +
      'con que trabajo|lo que uso|mi stack|com o que trabalho|o que uso|o que eu uso|' +
      'minha stack|meu stack|avec quoi je travaille|ce que jutilise|ma stack|mon stack|' +
      'womit ich arbeite|was ich nutze|was ich benutze|mein stack|' +
      'competencias|tecnologias|herramientas|conocimientos|competences|outils|savoir faire|langages|' +
      'technologien|werkzeuge|techstack|ferramentas|conhecimentos|' +
      // Chinese, Japanese and Korean: "技术栈", "使用技術", "スキル", "기술 스택" ("기술" alone heads "기술 아티클", tech articles).
      '技术栈|技術棧|技能|使用技術|技術スタック|スキル|기술 스택|기술스택|스킬|사용 기술|' +
      // Russian, Ukrainian, Polish, Italian, Dutch, Turkish, Indonesian ("Технологический стек", "Umiejętności").
      'технологический стек|стек|стек технологий|навыки|технологии|инструменты|навички|технології|інструменти|' +
      'umiejetnosci|technologie|narzedzia|competenze|tecnologie|strumenti|vaardigheden|technologieen|' +
      'yetenekler|teknolojiler|araclar|keahlian|teknologi',
    stems: 'fahigkeit|faehigkeit|kenntnis|kompetenz',
  },
  values: {
    phrases:
      'values|principles|philosophy|beliefs|what i believe|apart|how i work|work ethic|manifesto|' +
      'care about|matters to me|i stand for|' +
      'tenets|valores|principios|filosofia|valeurs|principes|philosophie|werte|prinzipien|grundsatze|' +
      'grundsaetze',
  },
  focus: {
    phrases:
      'focus|machine learning|current focus|currently|working on|building toward|building towards|goals|looking for|' +
      'open to|roadmap|whats next|now|objectives|mission|enfoque|objetivos|actualmente|metas|objectifs|' +
      'en ce moment|actuellement|fokus|ziele|aktuell|foco|atualmente',
    stems: 'schwerpunkt',
  },
  interests: {
    phrases:
      'interests|hobbies|fun facts|fun fact|outside of work|beyond code|when im not coding|passions|' +
      'things i enjoy|intereses|aficiones|pasatiempos|interets|loisirs|centres dinteret|interessen|' +
      'hobbys|freizeit|interesses|passatempos',
  },
  about: {
    phrases:
      'about|about me|bio|biography|intro|introduction|whoami|who am i|hi|hello|hey|summary|overview|' +
      'profile|approach|how i think|sobre mi|acerca de mi|perfil|resumen|hola|a propos|profil|resume|' +
      'bonjour|salut|uber mich|ueber mich|zusammenfassung|hallo|sobre mim|resumo|ola',
  },
};

const ONE_WORD_SKILLS = new Set(['stack', 'stacks', 'framework', 'pila', 'stapel']);

/** Tie order when two kinds match at the same word: the more specific kind first. */
const PRIORITY: Exclude<SectionKind, 'other'>[] = [
  'contact',
  'certifications',
  'education',
  'experience',
  'projects',
  'skills',
  'values',
  'focus',
  'interests',
  'about',
];

/** Lowercase words with emoji, accents, apostrophes and punctuation removed. */
export function headingWords(title: string): string[] {
  return foldLetters(stripEmoji(title))
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

interface Phrase {
  kind: Exclude<SectionKind, 'other'>;
  words: string[];
}

// Phrases by their first word, so a heading's words are looked up instead of every phrase tried at
// every position (this ran for each of ~25 headings per profile, ~300 phrases each).
const PHRASES_BY_FIRST_WORD = new Map<string, Phrase[]>();
const STEMS: { kind: Exclude<SectionKind, 'other'>; stem: string }[] = [];
for (const kind of PRIORITY) {
  const vocab = SECTION_VOCABULARY[kind];
  for (const phrase of vocab.phrases.split('|')) {
    // Folded as heading words are: Hangul and voiced kana decompose ("경력", "ビルド").
    const words = foldLetters(phrase).split(' ');
    const list = PHRASES_BY_FIRST_WORD.get(words[0]!) ?? [];
    list.push({ kind, words });
    PHRASES_BY_FIRST_WORD.set(words[0]!, list);
  }
  for (const stem of vocab.stems?.split('|') ?? []) STEMS.push({ kind, stem });
}
const KIND_RANK = new Map(PRIORITY.map((kind, i) => [kind, i]));

/**
 * The kind whose vocabulary matches earliest in the heading (the head word decides: "Skills & Projects" →
 * skills). 'about' words (hi, summary…) count only when nothing more specific matched.
 */
function classifySectionUncached(title: string): SectionKind {
  const words = headingWords(title);
  // "## 💼 Work" alone is the job list; "work" among other words is not ("What I work with", "Legacy Work").
  if (words.length === 1 && words[0] === 'work') return 'experience';
  // "### Stack", "Framework": alone the word names what the author works with ("Full Stack Developer" does not).
  if (words.length === 1 && ONE_WORD_SKILLS.has(words[0]!)) return 'skills';
  // Earliest position wins; at the same position the longer phrase, then the more specific kind.
  let best: { kind: SectionKind; at: number; length: number; rank: number } | null = null;
  let about = false;
  const consider = (kind: Exclude<SectionKind, 'other'>, at: number, length: number) => {
    if (kind === 'about') {
      about = true;
      return;
    }
    const rank = KIND_RANK.get(kind) ?? 0;
    if (
      !best ||
      at < best.at ||
      (at === best.at && (length > best.length || (length === best.length && rank < best.rank)))
    )
      best = { kind, at, length, rank };
  };
  words.forEach((word, at) => {
    for (const { kind, words: phrase } of PHRASES_BY_FIRST_WORD.get(word) ?? []) {
      if (phrase.every((w, j) => words[at + j] === w)) consider(kind, at, phrase.length);
    }
    for (const { kind, stem } of STEMS) if (word.includes(stem)) consider(kind, at, 1);
  });
  return (best as { kind: SectionKind } | null)?.kind ?? (about ? 'about' : 'other');
}

/** Section titles run to 5–6 words ("🧪 Engineering Principles I Default To"); a tagline to more. */
const TAGLINE_WORDS = 7;
const ROLE_WORDS = new Set(
  'developer developers engineer engineers enthusiast enthusiasts researcher designer programmer student architect scientist hacker maker desenvolvedor desarrollador ingeniero entwickler developpeur'.split(
    ' ',
  ),
);
const WORK_WORDS = new Set('project projects projetos proyectos projets repositories repos'.split(' '));

/**
 * A heading that is a sentence about the author ("<h3>Open source enthusiast and full stack developer from
 * Berlin</h3>" under the greeting) rather than a section's name: the words in it ("open source") say
 * little about what follows. A long heading about their projects is still one.
 */
export function isTagline(title: string): boolean {
  const words = headingWords(title);
  return (
    words.length >= TAGLINE_WORDS &&
    words.some((w) => ROLE_WORDS.has(w)) &&
    !words.some((w) => WORK_WORDS.has(w))
  );
}

const ASIDE = /\([^()]{0,80}\)|\[[^[\]]{0,80}\]/g;

/**
 * "LLM & NLP (Production Experience)": the heading's kind comes only from words in a bracketed aside, and the
 * words outside it name something ("LLM & NLP"); the aside qualifies the topic, it does not name the section.
 */
export function kindOnlyInAside(title: string): boolean {
  if (!title.includes('(') && !title.includes('[')) return false;
  const outside = title.replace(ASIDE, ' ');
  return outside !== title && headingWords(outside).length > 0 && classifySection(outside) === 'other';
}

/** Cached per spelling: the same headings recur across thousands of profiles. */
export const classifySection = memoize(classifySectionUncached);
