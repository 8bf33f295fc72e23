// withFamilies: the words of a question with the rest of each one's family across languages, so a question
// asked in one language ("onde fez estágio", "qué estudió") finds a profile written in another ("Internship",
// "Education"): profiles are mostly written in English, questions in the asker's language.
import { foldLetters } from '../text/fold-text.js';

/**
 * Families of words one fact is asked and written with across languages ("remote" is "フルリモート",
 * "freelance" is "indépendant"): a word of the family asked searches the others too.
 */
const w = (words: string): readonly string[] => words.split(' ');

const FAMILIES: readonly (readonly string[])[] = [
  ['remote', 'remotely', 'remoto', 'remota', 'télétravail', 'remote-first', 'fernarbeit', 'homeoffice'],
  [
    'freelance',
    'freelancer',
    'freelancing',
    'independent',
    'indépendant',
    'independiente',
    'autónomo',
    'autonomo',
    'selbstständig',
    'freiberuflich',
    'einzelunternehmer',
    'self-employed',
    'contractor',
  ],
  ['resume', 'résumé', 'cv', 'curriculum', 'currículo', 'lebenslauf'],
  ['portfolio', 'portafolio', 'portfólio', 'website', 'site'],
  [
    'degree',
    'diploma',
    'diplôme',
    'bachelor',
    'master',
    'msc',
    'bsc',
    'university',
    'universidad',
    'universidade',
    'université',
    'universität',
    'college',
    'school',
    'education',
    'formação',
    'abschluss',
    'studium',
  ],
];

/**
 * Words of another language a career question is asked with, and the words a profile (mostly in English)
 * writes the same fact with: asked in that language, both are searched. One way only: an English "work" or
 * "stage" asks nothing about another language's profile words, and would only dilute an English question.
 */
const GLOSSES: readonly { asked: readonly string[]; written: readonly string[] }[] = [
  // Studies and degrees: "¿qué estudió?", "título", "laurea", "dottorato", "qué máster".
  {
    asked: w(
      'estudió estudio estudios estudia estudou estuda estudos étudié étudie études studiert studiato studia ' +
        'título titulo laurea titolo graduação licenciatura grado maestría mestrado magistrale doctorado ' +
        'doutorado doctorat dottorato educación formazione formation università',
    ),
    written: w(
      'degree diploma bachelor master msc bsc phd doctorate university college school education studies ' +
        'studied universidad universidade université universität università título laurea grado',
    ),
  },
  // Internships: "estágio", "prácticas", "stage", "Praktikum", "tirocinio", "alternance".
  {
    asked: w(
      'estágio estagio estagiário estagiária estagiou prácticas practicas pasantía becario stage stages ' +
        'stagiaire alternance alternant apprenti praktikum praktika praktikant werkstudent tirocinio',
    ),
    written: w(
      'internship internships intern trainee apprenticeship apprentice estágio estagiário prácticas stage ' +
        'stagiaire alternance praktikum werkstudent tirocinio',
    ),
  },
  // Jobs and employers: "trabaja", "trabalhou", "travaille", "arbeitet", "lavora", "empresa", "Firma".
  {
    asked: w(
      'trabaja trabajó trabajaba trabajo empresa empresas trabalha trabalhou trabalhava trabalho travaille ' +
        'travaillé travaillait entreprise arbeitet gearbeitet firma arbeitgeber lavora lavorato lavorava azienda',
    ),
    written: w(
      'work worked working job experience company employer trabajo empresa experiencia trabalho experiência ' +
        'expérience entreprise berufserfahrung firma esperienza azienda',
    ),
  },
  // Teaching: "ha insegnato", "enseñó", "docencia", "unterrichtet".
  {
    asked: w('enseñó enseña ensinou ensina enseigné enseigne unterrichtet lehrt insegnato insegna'),
    written: w(
      'teach taught teacher teaching professor lecturer tutor profesor docente docencia lehrer dozent',
    ),
  },
  // Certificates: "certificados", "Zertifikate", "certificazioni".
  {
    asked: w(
      'certificado certificados certificação certificações certificat certificats zertifikat zertifikate ' +
        'certificato certificati certificazione certificazioni',
    ),
    written: w(
      'certificate certificates certification certifications certified certificado certificat zertifikat',
    ),
  },
];

export const foldAsked = (text: string): string => foldLetters(text).trim();

/** Each folded word → its whole family, and each asked foreign career word → the words profiles write it
 * with: folded once when the module loads (never per question). */
const FAMILY_OF = new Map<string, readonly string[]>();
for (const family of FAMILIES) {
  const folded = family.map(foldAsked);
  for (const word of folded) FAMILY_OF.set(word, folded);
}
const GLOSS_OF = new Map<string, readonly string[]>();
for (const gloss of GLOSSES) {
  const written = gloss.written.map(foldAsked);
  for (const word of gloss.asked)
    GLOSS_OF.set(foldAsked(word), [...(GLOSS_OF.get(foldAsked(word)) ?? []), ...written]);
}

/** The asked words (folded), each with the rest of its family, and another language's career words with their English. */
export function withFamilies(asked: string): string {
  const words = foldAsked(asked)
    .split(/[^\p{L}\p{N}.-]+/u)
    .filter(Boolean);
  const extra = words.flatMap((word) => [...(FAMILY_OF.get(word) ?? []), ...(GLOSS_OF.get(word) ?? [])]);
  return [...new Set([...words, ...extra])].join(' ');
}
