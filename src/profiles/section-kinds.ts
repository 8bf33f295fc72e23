// classifySection: a heading's words → its SectionKind, with a vocabulary in English, Spanish, French,
// German and Portuguese (documented in docs/profile-format.md).
import { stripEmoji } from './clean-heading.js';
import type { SectionKind } from './profile.js';

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
      'emplois|laufbahn|carreira|trajetoria',
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
      'proficiencies|what i know|strong at|strengths|abilities|habilidades|' +
      'competencias|tecnologias|herramientas|conocimientos|competences|outils|savoir faire|langages|' +
      'technologien|werkzeuge|techstack|ferramentas|conhecimentos',
    stems: 'fahigkeit|faehigkeit|kenntnis|kompetenz',
  },
  values: {
    phrases:
      'values|principles|philosophy|beliefs|what i believe|apart|how i work|work ethic|manifesto|' +
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
  return stripEmoji(title)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

const COMPILED = PRIORITY.map((kind) => {
  const vocab = SECTION_VOCABULARY[kind];
  return {
    kind,
    phrases: vocab.phrases.split('|').map((p) => p.split(' ')),
    stems: vocab.stems ? vocab.stems.split('|') : [],
  };
});

function firstPhraseAt(words: string[], phrase: string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, j) => words[i + j] === w)) return i;
  }
  return -1;
}

/**
 * The kind whose vocabulary matches earliest in the heading (the head word decides: "Skills & Projects" →
 * skills). 'about' words (hi, summary…) count only when nothing more specific matched.
 */
export function classifySection(title: string): SectionKind {
  const words = headingWords(title);
  let best: { kind: SectionKind; at: number; length: number } | null = null;
  let about = false;
  for (const { kind, phrases, stems } of COMPILED) {
    for (const phrase of phrases) {
      const at = firstPhraseAt(words, phrase);
      if (at < 0) continue;
      if (kind === 'about') about = true;
      else if (!best || at < best.at || (at === best.at && phrase.length > best.length))
        best = { kind, at, length: phrase.length };
    }
    for (const stem of stems) {
      const at = words.findIndex((w) => w.includes(stem));
      if (at >= 0 && (!best || at < best.at)) best = { kind, at, length: 1 };
    }
  }
  return best?.kind ?? (about ? 'about' : 'other');
}
