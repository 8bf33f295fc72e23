// "who speaks spanish", "qui parle français": the listed people whose spoken-languages line names the
// language (by any of its names, or by its code before a level: "ES (advanced)"), with that line. The
// full-text index finds the candidates, so a team of 50,000 is never read profile by profile.
import type { Profile } from '../profiles/model/profile.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { candidatePeople, TEAM_READ } from './candidate-people.js';
import type { SpokenLanguageWords as Language } from './spoken-language-names.js';
import { topicSection } from './topic-section.js';

export interface LanguageMatch {
  profile: Profile;
  line: string;
}

/** Queries that find "Languages" lines written with codes and levels ("PT (native) · EN (fluent)"). */
const LEVEL_QUERIES = ['native fluent', 'nativo fluente', 'natif courant', 'muttersprache'];
/** How well someone speaks, after a language's code ("ES advanced", "EN C1"). */
const LEVEL =
  /^(?:native|fluent|advanced|intermediate|basic|beginner|conversational|proficient|professional|natif|native|courant|nativo|nativa|fluente|avanzado|avancado|intermedio|intermediario|basico|muttersprache|fliessend|[abc][12])$/;
/** Words after which a language is being learnt, not spoken. */
const LEARNING = /\b(?:learning|studying|aprendiendo|aprendendo|estudando|lerne|apprends)\b/;
/** A line that says someone speaks a language ("I'm fluent in Spanish", "Hablo español", "native speaker"). */
const SPEAKS =
  /\b(?:speak|speaks|speaking|speaker|fluent|fluently|native|mother tongue|bilingual|trilingual|hablo|falo|spreche|parle|parlo|idiomas?|languages?|langues?|sprachen|linguas?)\b/;

export function languageMatches(index: ProfileIndex, language: Language): LanguageMatch[] {
  const { found: out, considerFound } = candidatePeople((profile): LanguageMatch | null => {
    const line = spokenLine(profile, language);
    return line ? { profile, line } : null;
  });
  const queries = [...language.names, ...(language.codes.length > 0 ? LEVEL_QUERIES : [])];
  for (const query of queries) considerFound(index, query);
  return out.sort((a, b) => a.profile.name.localeCompare(b.profile.name));
}

/** The line of someone's languages that names this one; null when none does. */
function spokenLine(profile: Profile, language: Language): string | null {
  const section = topicSection(profile, 'spoken languages');
  if (section) {
    for (const line of linesOf([section.title, ...section.text.split('\n'), ...section.items]))
      if (names(line, language)) return line;
  }
  // "I'm fluent in Spanish and English" anywhere else: a line that says it speaks.
  let read = 0;
  for (const s of profile.sections) {
    for (const line of linesOf([...s.text.split('\n'), ...s.items])) {
      read += 1;
      if (read > TEAM_READ.lines) return null;
      if (SPEAKS.test(foldText(line)) && names(line, language)) return line;
    }
  }
  return null;
}

const linesOf = (lines: readonly string[]) =>
  lines.map((l) => l.trim().slice(0, TEAM_READ.line)).filter((l) => l.length > 0);

/** Whether a line names the language: a name as words, or its code followed by a level. */
function names(line: string, language: Language): boolean {
  // "I speak Japanese and English, and I'm slowly learning Korean": what follows learning is not spoken.
  const folded = ` ${foldText(line).split(LEARNING)[0]} `;
  if (language.names.some((n) => folded.includes(` ${n} `))) return true;
  const words = folded.trim().split(' ');
  return words.some((w, i) => language.codes.includes(w) && LEVEL.test(words[i + 1] ?? ''));
}
