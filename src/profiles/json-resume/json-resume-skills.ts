// JSON Resume skills: each keyword a skill in its group (versions stripped: "Laravel 5.*" → Laravel), the
// group's name too when it is a technology ("Python" over ["Django"]), and the technologies named inside
// phrase-like names ("An Unhealthy Amount of Pytest" → Pytest), and the technologies basics.summary names.
// Soft-skill groups ("Soft Skills": "Great communicator") hold traits, not technologies; their words stay
// in the Skills section text, as do groups of what is being learned ("Currently learning", "Next"). Spoken
// languages live elsewhere.

import { hasLearningCue } from '../extract/learning-cues.js';
import { findTechMentions } from '../extract/tech-mentions.js';
import type { Skill } from '../model/profile.js';
import { isHumanLanguage } from '../vocabulary/human-languages.js';
import { canonicalSkillName, foldSkillKey, isKnownSkill } from '../vocabulary/skill-aliases.js';
import type { JsonResume } from './json-resume-schema.js';
import { resumeEntryStacks } from './resume-entry-stacks.js';
import { slashPair } from './slash-pair.js';

/** A trailing version: "5.*", "2+", "3.10", "v18", "1.x". */
const VERSION = /(?<!\s)\s+v?\d+(?:\.(?:\d+|\*|x))*\+?$|(?<!\s)\s+v?\d+\.(?:\*|x)$/i;

/** The name without a version when that leaves a known technology or the version was clearly one. */
export function withoutVersion(raw: string): string {
  const name = raw.trim();
  const match = VERSION.exec(name);
  if (!match) return name;
  const stem = name.slice(0, match.index).trim();
  return stem && (isKnownSkill(stem) || /[.*+x]/i.test(match[0])) ? stem : name;
}

/** Known technologies named in a phrase ("Python/Etc Packaging / App Dev" → ["Python"]). */
function knownIn(phrase: string): string[] {
  const words = phrase.split(/[\s/,&()|+]+/).filter(Boolean);
  return words.filter((w) => w.length > 1 && isKnownSkill(w));
}

/** Group names for personal traits, in the languages profiles are written in. */
const SOFT_GROUP =
  /\b(?:soft|interpersonal|people|social|personal|human|behaviou?ral|transferable)\b|blandas|comportamenta|transversa|socio|soziale|savoir[- ]être|humaines/iu;

/** Group names for what is being learned or is next ("Currently learning", "Next up", "Want to learn");
 *  "Machine Learning" and "Next.js" are technologies. */
const LEARNING_GROUP =
  /(?<!(?:machine|deep|reinforcement|transfer|statistical|federated|e)[\s-]?)\blearn|\bwant|\bwish|\bnext\b(?![.\s]?js)|\bplanned\b|\bexploring\b|\bstudying\b|aprend|apprend|\blerne|изуча/iu;

/** Three or four capitalised words and nothing else ("Azure Active Directory", not "An Amount of Pytest"). */
const TITLE_NAME = /^\p{Lu}[\p{L}\d.#+-]{0,30}(?: \p{Lu}[\p{L}\d.#+-]{0,30}){2,3}$/u;

// A keyword that is a note on the entry ("学習中", "Unity で使用", "ある程度は"): a learning cue, or words joined by
// hiragana, the grammar of a Japanese sentence that no technology's name is written in.
const NOTE_KEYWORD = /\p{Script=Hiragana}/u;
const isNote = (keyword: string) => NOTE_KEYWORD.test(keyword) || hasLearningCue(keyword);

const isPhrase = (text: string) => text.trim().split(/\s+/).length >= 3 || /[/(]/.test(text);

export function resumeSkills(resume: JsonResume): Skill[] {
  const out: Skill[] = [];
  const seen = new Set<string>();
  // What a learning group names stays unclaimed by a passing mention elsewhere ("Web apps in Vue.js, React").
  const learning = new Set<string>();
  const add = (raw: string, category: string | null, evidence: string, source: Skill['source'] = 'json') => {
    const name = canonicalSkillName(withoutVersion(raw));
    const key = foldSkillKey(name);
    if (source === 'prose' && learning.has(key)) return;
    // A "Languages" group of English and Spanish: JSON Resume keeps spoken languages in `languages`.
    if (!name || seen.has(key) || isHumanLanguage(name)) return;
    seen.add(key);
    out.push({ name, category, evidence, source, line: null });
  };
  for (const group of resume.skills ?? []) {
    const keywords = group.keywords ?? [];
    const evidence = `${group.name ?? 'Skills'}: ${keywords.join(', ')}`.replace(/: $/, '');
    const category = keywords.length ? (group.name?.trim() ?? null) || null : null;
    // "Currently learning": ["React"] names what the person does not use yet; the Skills section keeps the words.
    if (keywords.length && group.name && LEARNING_GROUP.test(group.name)) {
      for (const keyword of keywords) learning.add(foldSkillKey(canonicalSkillName(withoutVersion(keyword))));
      continue;
    }
    if (group.name && SOFT_GROUP.test(group.name)) {
      for (const keyword of keywords)
        if (isKnownSkill(withoutVersion(keyword))) add(keyword, category, evidence);
      continue;
    }
    // The group's own name: a skill when it has no keywords, or when it is a technology itself.
    if (group.name && (!keywords.length || isKnownSkill(withoutVersion(group.name)))) {
      if (isPhrase(group.name) && !isKnownSkill(group.name)) {
        // A LinkedIn export lists one skill per entry: "Azure Active Directory" is a name, not a phrase.
        if (!keywords.length && TITLE_NAME.test(group.name.trim())) add(group.name, null, evidence);
        for (const w of knownIn(group.name)) add(w, null, evidence);
      } else add(group.name, null, evidence);
    } else if (group.name) for (const w of knownIn(group.name)) add(w, null, evidence);
    for (const keyword of keywords) {
      if (isNote(keyword)) continue;
      const pair = slashPair(keyword);
      if (pair) for (const part of pair) add(part, category, evidence);
      if (pair) continue;
      const known = isPhrase(keyword) && !isKnownSkill(withoutVersion(keyword)) ? knownIn(keyword) : [];
      if (known.length) for (const w of known) add(w, category, evidence);
      else add(keyword, category, evidence);
    }
  }
  // A job's or project's own technology list ("techs": ["React", "Redux"]): built with them, as a stack line.
  for (const stack of resumeEntryStacks(resume))
    for (const name of stack.names) add(name, stack.entry, stack.evidence);
  // "Strong focus on React Native … PostgreSQL and Redis": the summary's technologies, as a README's prose
  // is read: mentioned, not listed ("Lately exploring Kafka" is no claim to know it).
  const summary = resume.basics.summary;
  if (summary)
    for (const name of findTechMentions(summary.slice(0, 2000)))
      add(name, null, `Summary: ${summary.slice(0, 200)}`, 'prose');
  // A job's highlights ("Cloud Automation with Terraform") name technologies used there: mentioned too.
  for (const job of (resume.work ?? []).slice(0, 50))
    for (const line of (job.highlights ?? []).slice(0, 50))
      for (const name of findTechMentions(line.slice(0, 300)))
        add(name, null, `${job.name ?? job.company ?? 'Work'}: ${line.slice(0, 200)}`, 'prose');
  return out;
}
