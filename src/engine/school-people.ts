// "who studied at the university of colorado", "who goes to jeonbuk national university": the listed
// people whose education entries or study lines name the school as a name, with that line.
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { candidatePeople, TEAM_READ } from './candidate-people.js';
import { STUDIES, STUDIES_LABEL } from './fact-line-cues.js';

export interface SchoolMatch {
  profile: Profile;
  line: string;
}

/** Words of a line that make it about a school: a degree, studies, a university. */
const SCHOOL_WORD = /\b(?:universit|college|school|institut|academy|polytechnic|campus)/i;

/** A school's words in other languages, said as in English: "Universidad de Guanajuato", "Школа 21". */
const SCHOOL_WORDS: Record<string, string> = {
  universidad: 'university',
  universidade: 'university',
  universita: 'university',
  universite: 'university',
  universitat: 'university',
  universiteit: 'university',
  uniwersytet: 'university',
  университет: 'university',
  университета: 'university',
  університет: 'university',
  instituto: 'institute',
  institut: 'institute',
  институт: 'institute',
  escuela: 'school',
  escola: 'school',
  ecole: 'school',
  schule: 'school',
  школа: 'school',
  академия: 'academy',
  academia: 'academy',
  akademie: 'academy',
  colegio: 'college',
  колледж: 'college',
  de: 'of',
  del: 'of',
  da: 'of',
  do: 'of',
  di: 'of',
  du: 'of',
  des: 'of',
};
/** Words a school's name may have or lack ("the University of X"). */
const ARTICLES = new Set(['the', 'la', 'el', 'le', 'les', 'los', 'las']);

/** A folded text with a school's words said in English and its articles left out. */
export function schoolWords(text: string): string {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !ARTICLES.has(w))
    .map((w) => SCHOOL_WORDS[w] ?? w)
    .join(' ');
}

export function schoolMatches(index: ProfileIndex, school: string): SchoolMatch[] {
  const wanted = schoolWords(school);
  if (!wanted) return [];
  const { found: out, considerFound } = candidatePeople((profile): SchoolMatch | null => {
    const line = studyLine(profile, wanted);
    return line ? { profile, line } : null;
  });
  // The name as asked, and its own words alone: "university of guanajuato" finds "Universidad de Guanajuato".
  const own = wanted.split(' ').filter((w) => !Object.values(SCHOOL_WORDS).includes(w) && w.length > 1);
  for (const query of [school, ...(own.length > 0 ? [own.join(' ')] : [])]) considerFound(index, query);
  return out.sort((a, b) => a.profile.name.localeCompare(b.profile.name));
}

/** A line of an education section, or one about studies, that names the school; null when none does. */
function studyLine(profile: Profile, wanted: string): string | null {
  let read = 0;
  for (const section of profile.sections) {
    const education = section.kind === 'education';
    for (const raw of [section.title, ...section.text.split('\n'), ...section.items]) {
      read += 1;
      if (read > TEAM_READ.lines) return null;
      const line = raw.trim().slice(0, TEAM_READ.line);
      if (!line || !` ${schoolWords(line)} `.includes(` ${wanted} `)) continue;
      if (education || STUDIES.test(line) || STUDIES_LABEL.test(line) || SCHOOL_WORD.test(line)) return line;
    }
  }
  return null;
}
