// Facts a profile states in one line rather than a section of their own: where someone is based, what
// they are learning or study, what they care about, their current focus ("🌱 I'm learning …",
// "**What I care about:** …", "I currently live in Berlin"). The line is answered as a small section.
import { isLearning } from '../profiles/extract/skill-learning.js';
import type { Profile, Section } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { bylinePlace } from './byline-place.js';
import { certificationRule } from './certification-line.js';
import { CODE_GOALS, CODE_LEARNING, CODE_LOCATION, CODE_LOOKING, CODE_TIMEZONE } from './code-key-cues.js';
import {
  AT_ORG_IN,
  BUILDS,
  FIRST_PERSON,
  FOCUS,
  FROM,
  flagList,
  LEARNING_LABEL,
  LEARNS,
  LIVES,
  LOCATION_LABEL,
  mayNamePlace,
  NOW_IN,
  ORIGIN,
  onlyFlag,
  PLACE_BASED,
  ROLE_FROM,
  ROLE_WORD,
  SCHOOL_NAMED,
  STUDIES,
  STUDIES_LABEL,
  STUDIES_NOW,
  STUDIES_OTHER,
  YEARS_CODING,
} from './fact-line-cues.js';
import { factTopicNamed } from './fact-topics.js';
import { profileLines, withList } from './profile-lines.js';

/** A heading of more words is a sentence (a subtitle), not the name of a section. */
const MAX_LABEL_WORDS = 4;

const CARES = /\b(?:care (?:about|deeply about)|i value|i believe in|my values|values:|principles:)/iu;
/** "at **Fjällbacka Studio**, where I've been since 2021": an employer named with a word about working there. */
const WORKS_AT = {
  test: (line: string) => AT_ORG.test(line) && EMPLOYED.test(line),
};
const AT_ORG = /\b(?:at|for|@) \p{Lu}|@\p{Lu}/u;
const EMPLOYED =
  /\b(?:since|before that|previously|currently|work(?:s|ing|ed)?|joined|intern(?:ship)?|lead(?:ing)?|employed|role|position)\b/i;
/** "I joined Lumilab in 2022 as …": an employer named by joining it. */
const JOINED = /\b(?:I|I've|I have|we) (?:recently )?joined \p{Lu}/u;
/** "I work as a Director of Engineering", "I'm an Engineering Leader", "Technical Lead at …". */
const WORKS_AS = /\bI (?:work|serve) as\b/i;
/** "I'm a backend engineer"; not "I'm still learning how to go from developer to manager". */
const I_AM_ROLE = {
  test: (line: string) => FIRST_PERSON.test(line) && ROLE_WORD.test(line) && !isLearning(line),
};
const ROLE_AT =
  /\b(?:engineer|developer|programmer|lead|leader|manager|director|architect|founder|cto|ceo|designer|scientist|researcher|consultant)s? (?:at|@)\s/i;
/** "He is Head of Product of Sycamore", "VP of Engineering at Lumen": a title of the "head of" kind at an employer. */
const TITLE_OF =
  /\b(?:[Hh]ead|VP|[Vv]ice [Pp]resident|[Dd]irector|[Cc]hief \p{L}+ [Oo]fficer|[Pp]resident) of \p{L}+(?: \p{L}+)? (?:at|of|for|@) ?\p{Lu}/u;
/** "Former Staff Frontend Engineer exploring AI": a past role said as a tagline. */
const FORMER_ROLE = {
  test: (line: string) => FORMER.test(line) && ROLE_WORD.test(line.slice(0, MAX_TAGLINE)),
};
const FORMER = /(?:^|[^\p{L}])(?:former|ex-)\s?\p{L}/iu;
/** Whether a headline names what someone does. */
export const saysRole = (text: string): boolean => ROLE_WORD.test(text);

interface FactRule {
  /** What the answer is titled ("Samuel Okafor — Based in"). */
  label: string;
  /** Lines that state the fact, best kinds first. */
  cues: readonly { test: (line: string) => boolean }[];
  /** The headline answers when no line does (a "Mobile engineer · Lisbon" tagline). */
  headline?: boolean;
  /** A heading that says it ("### Speaking") beats a line that only mentions it earlier on. */
  titleFirst?: boolean;
  /** The profile's opening sentence answers when it names a role ("ML infrastructure engineer in Osaka."). */
  opening?: boolean;
}

const FACTS: Record<string, FactRule> = {
  location: {
    label: 'Based in',
    cues: [
      LIVES,
      LOCATION_LABEL,
      CODE_LOCATION,
      NOW_IN,
      PLACE_BASED,
      AT_ORG_IN,
      FROM,
      ROLE_FROM,
      CODE_TIMEZONE,
    ],
    headline: true,
  },
  // where someone comes from; where they live answers when no line says it (factLine below)
  origin: { label: 'From', cues: [ORIGIN, FROM, ROLE_FROM] },
  learning: {
    label: 'Learning',
    cues: [LEARNING_LABEL, CODE_LEARNING, LEARNS, { test: isLearning }, STUDIES_NOW],
  },
  // "what is yawar studying this semester": a "Currently Studying" list before what they learn on the side
  'studying now': {
    label: 'Studying now',
    cues: [STUDIES_NOW, LEARNING_LABEL, LEARNS, { test: isLearning }],
  },
  education: { label: 'Studies', cues: [STUDIES, STUDIES_LABEL, STUDIES_OTHER, SCHOOL_NAMED] },
  values: { label: 'What they care about', cues: [CARES] },
  focus: { label: 'Focus', cues: [FOCUS] },
  work: { label: 'Where they work', cues: [WORKS_AT, ROLE_AT, TITLE_OF, WORKS_AS, JOINED] },
  role: { label: 'Role', cues: [WORKS_AS, I_AM_ROLE, ROLE_AT, TITLE_OF, FORMER_ROLE], opening: true },
  'years coding': { label: 'How long', cues: [YEARS_CODING] },
  // asked only when no Projects section exists: "Outside work I maintain dq-lite, a small library …"
  projects: { label: 'Projects', cues: [BUILDS] },
};

/** Topics no section kind stands for: the line is looked for first, and its absence is the answer. */
const LINE_ONLY = new Set(['location', 'origin', 'learning', 'studying now', 'years coding', 'age']);
export const isLineOnlyTopic = (asked: string): boolean => LINE_ONLY.has(foldText(asked));

export interface FactLine {
  /** The line as a section of its own (the section it is in for a heading that says it). */
  section: Section;
  /** What the answer is about, for its title; the section's own title says where it came from. */
  label: string;
  /** Said above the line when it only suggests the answer (a headline for "where is X based"). */
  note?: string;
}

/** The line that states the fact asked for, as a section holding only it; null when no line does. */
export function factLine(profile: Profile, asked: string): FactLine | null {
  const topic = foldText(asked);
  const rule: FactRule | undefined = Object.hasOwn(FACTS, topic)
    ? FACTS[topic]!
    : (slotless(topic) ?? certificationRule(profile, topic));
  if (!rule) return null;
  const lines = profileLines(profile);
  for (const cue of rule.cues) {
    const heading = rule.titleFirst
      ? lines.find((l) => l.text === l.section.title.trim() && cue.test(l.text))
      : undefined;
    const hit = heading ?? lines.find((l) => cue.test(l.text) && !(cue === FROM && flaggedItem(l)));
    if (!hit) continue;
    // A heading that says it ("Currently learning") stands for its whole section; a subtitle that is a
    // sentence ("Backend engineer from Accra, now in Lisbon") is the line itself.
    if (hit.text === hit.section.title.trim() && hit.text.split(' ').length <= MAX_LABEL_WORDS)
      return { section: hit.section, label: hit.section.title };
    return { section: asSection(hit.section, withList(lines, hit, cue), topic), label: rule.label };
  }
  const byline = rule.headline ? bylinePlace(profile) : null;
  if (byline) return { section: byline, label: rule.label };
  const opening = rule.opening ? openingRole(profile) : null;
  if (opening) return { section: asSection(opening.section, opening.text, topic), label: rule.label };
  if (topic === 'origin') return factLine(profile, 'location');
  if (rule.headline && profile.headline && mayNamePlace(profile.headline)) {
    const home = profile.sections.find((s) => s.level <= 1) ?? profile.sections[0];
    if (home)
      return {
        section: asSection(home, profile.headline, topic),
        label: rule.label,
        note: `${profile.name}'s profile doesn't say it in a sentence; this is their headline.`,
      };
  }
  return null;
}

/** An opening sentence this short that names a role is a tagline ("ML infrastructure engineer in Osaka."). */
const MAX_TAGLINE = 120;

/**
 * The first sentence of the profile's opening, when it is short and names a role: a subtitle heading
 * that is a sentence ("<h3>Platform engineer from Umeå</h3>") or the first text under the name.
 */
function openingRole(profile: Profile): { section: Section; text: string } | null {
  for (const section of profile.sections) {
    const title = section.title.trim();
    if (title.split(' ').length > MAX_LABEL_WORDS && title !== profile.name) return tagline(section, title);
    if (section.text.trim()) return tagline(section, section.text.trim().split('\n')[0]!.trim());
  }
  return null;
}

function tagline(section: Section, line: string): { section: Section; text: string } | null {
  const sentence = line.split(/(?<=[.!?])\s+/)[0]!;
  return sentence.length <= MAX_TAGLINE && ROLE_WORD.test(sentence) ? { section, text: sentence } : null;
}

/** Fields of a bio written as code that state a slotless fact (`career_goals: [...]`, `"availability": {`). */
const CODE_FIELDS: Record<string, { test: (line: string) => boolean }> = {
  goals: CODE_GOALS,
  'looking for': CODE_LOOKING,
};

/** A line read as "from" only by its flag, in a section listing things under flags of several countries. */
function flaggedItem(line: { section: Section; text: string }): boolean {
  return onlyFlag(line.text) && flagList([line.section.text, ...line.section.items]);
}

/** A fact with no slot of its own (talks, pronouns, fun fact…): its heading, else the line that states it. */
function slotless(topic: string): FactRule | undefined {
  const fact = factTopicNamed(topic);
  const coded = Object.hasOwn(CODE_FIELDS, topic) ? [CODE_FIELDS[topic]!] : [];
  return fact && { label: fact.label, cues: [fact.cue, ...coded], titleFirst: true };
}

function asSection(from: Section, text: string, topic: string): Section {
  return { ...from, id: `${from.id}#${topic}`, text, items: [], links: [] };
}
