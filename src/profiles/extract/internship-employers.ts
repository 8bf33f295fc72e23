// internshipEmployers: employers named only through an internship, where no work verb is said: an award won
// "at Kestrel Robotics (Summer Internship)", a skills heading's aside "(Tarnwick Energy internship)", a line
// "Orvane Labs Internship — 2022". Never the internship's topic ("Big Data Internship", "Research Internship").
import type { Experience } from '../model/profile.js';
import { isWellKnownSkill } from '../vocabulary/skill-aliases.js';
import { JOB_ROLE } from './job-role.js';
import { orgAt } from './org-at.js';

const INTERN = /\b(?:internship|intern|traineeship|trainee|apprenticeship)s?\b/i;
// "… at Kestrel Robotics (Big Data Internship)": the name after "at", then an aside that says internship.
const AT_THEN_ASIDE =
  /(?:^|\s)(?:at|@)\s([\p{Lu}\d][\p{L}\p{M}\d&'’.+-]{0,30}(?:\s[\p{Lu}\d&][\p{L}\p{M}\d&'’.+-]{0,30}){0,4})\s{0,2}\([^()]{0,40}\b(?:internship|intern|traineeship|apprenticeship)s?\b/giu;
// "Tarnwick Energy internship", "Orvane Labs Summer Internship": capitalised words right before the word
// (case-sensitive: the capitals tell the name from the words before it); the name is walked back from it.
const INTERNSHIP_WORD =
  /(?:(?:[Ss]ummer|[Ww]inter|[Ss]pring|[Ff]all|[Aa]utumn)\s)?(?:[Ii]nternship|[Tt]raineeship|[Aa]pprenticeship)(?!\p{L})/gu;
const NAME_WORD = /^[\p{Lu}\d&][\p{L}\p{M}\d&'’.+-]{0,30}$/u;
const OPENER = /^[([—–:*_-]{1,3}/u;
// "Did a data internship at Orvane Labs", "Summer internship with Kestrel": the employer after the word.
const INTERNSHIP_AT = /\b(?:internship|traineeship|apprenticeship)\s(?:at|with|@)\s/giu;
// "seeking internship opportunities at …", "looking for an internship": a wish, not a job held.
const WISH =
  /\b(?:seek(?:ing)?|looking|search(?:ing)?|hunting|apply(?:ing)?|want|wish|hop(?:e|ing)|open to|aspir\w*|interested)\b/i;
// Words of an internship's topic or kind; a name made only of them is not its employer.
const TOPIC =
  /^(?:big|data|science|software|engineering|research|summer|winter|spring|fall|autumn|remote|virtual|online|paid|unpaid|full|part|time|stack|front|back|end|frontend|backend|web|mobile|app|ai|ml|machine|learning|deep|cloud|devops|security|cyber|cybersecurity|product|design|ux|ui|marketing|sales|business|finance|it|tech|technical|industrial|academic|university|college|school|graduate|undergraduate|student|first|second|last|my|an|a|the|hardware|embedded|qa|testing|analytics|analyst|developer|development|programming|computer|network|networking|systems|game|robotics|nlp|vision|hr|legal|operations|global|international|local|national|government|open|source)$/i;

/** Every word a topic ("Big Data", "Software Engineering"), a role, or a technology ("Python internship"). */
function isTopic(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.every((w) => TOPIC.test(w.replace(/[.,'’]{1,3}$/, ''))) ||
    JOB_ROLE.test(name) ||
    isWellKnownSkill(name)
  );
}

/** Up to five capitalised words right before `at`, stopping after one that opens a bracket or a dash. */
function nameBefore(text: string, at: number): string | undefined {
  if (!/\s/.test(text[at - 1] ?? '')) return undefined;
  const words = text
    .slice(Math.max(0, at - 160), at)
    .trimEnd()
    .split(/\s+/);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < 5; i--) {
    const opened = OPENER.exec(words[i]!);
    const word = opened ? words[i]!.slice(opened[0].length) : words[i]!;
    if (!NAME_WORD.test(word)) break;
    name.unshift(word);
    if (opened) break;
  }
  return name.length > 0 ? name.join(' ') : undefined;
}

export function internshipEmployers(raw: string, line: number | null): Experience[] {
  const text = raw.length > 1000 ? raw.slice(0, 1000) : raw;
  if (!INTERN.test(text) || WISH.test(text)) return [];
  const found: string[] = [];
  const consider = (name: string | undefined) => {
    // "Google Summer Internship": the season belongs to the internship.
    const bare = name?.replace(/\s(?:summer|winter|spring|fall|autumn)$/i, '');
    const org = bare ? orgAt(bare, { links: [], handle: null }, false) : null;
    if (org && !isTopic(org) && !found.includes(org)) found.push(org);
  };
  for (const m of text.matchAll(AT_THEN_ASIDE)) consider(m[1]);
  for (const m of text.matchAll(INTERNSHIP_WORD)) consider(nameBefore(text, m.index));
  for (const m of text.matchAll(INTERNSHIP_AT)) consider(text.slice(m.index + m[0].length));
  return found.map((organization) => ({
    text: text.trim(),
    title: 'Intern',
    organization,
    period: null,
    highlights: [],
    line,
  }));
}
