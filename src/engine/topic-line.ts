// Facts a profile states in one line rather than a section of their own: where someone is based, what
// they are learning or study, what they care about, their current focus ("🌱 I'm learning …",
// "**What I care about:** …", "I currently live in Berlin"). The line is answered as a small section.
import { isLearning } from '../profiles/extract/skill-learning.js';
import type { Profile, Section } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';

/** Lines of a profile read for a fact: enough for any README's opening and about sections. */
const MAX_LINES = 400;
/** A line longer than this is cut to the sentence that states the fact. */
const MAX_LINE = 280;

const LIVES =
  /\b(?:based (?:in|out of)|(?:live|living|lives|reside|residing|located|settled) in|moved to|relocated to|home is|hometown)\b|📍/iu;
/** "I'm a developer from Colombia", a flag emoji: where someone is from, when no line says where they live. */
const FROM = {
  test: (line: string) => (FIRST_PERSON.test(line) && FROM_PLACE.test(line)) || FLAG.test(line),
};
const FIRST_PERSON = /\b(?:I['’]m|I am|Im)\b/;
const FROM_PLACE = /\bfrom \p{Lu}/u;
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/u;
const LEARNS = /🌱|\blearning (?:more )?(?:about|to)\b/iu;
const STUDIES =
  /\b(?:student|studying|studied|graduated|graduate of|degree in|bachelor'?s?|master'?s?|ph\.?d|b\.?sc|m\.?sc|b\.?tech|m\.?tech|major(?:ing)? in)\b/iu;
const CARES = /\b(?:care (?:about|deeply about)|i value|i believe in|my values|values:|principles:)/iu;
const FOCUS = /\b(?:current ?focus|focus(?:ed|ing)? on|currently working on|main focus)\b|🔭/iu;

interface FactRule {
  /** Lines that state the fact, best kinds first. */
  cues: readonly { test: (line: string) => boolean }[];
  /** The headline answers when no line does (a "Mobile engineer · Lisbon" tagline). */
  headline?: boolean;
}

const FACTS: Record<string, FactRule> = {
  location: { cues: [LIVES, FROM], headline: true },
  learning: { cues: [LEARNS, { test: isLearning }] },
  education: { cues: [STUDIES] },
  values: { cues: [CARES] },
  focus: { cues: [FOCUS] },
};

/** Topics no section kind stands for: the line is looked for first, and its absence is the answer. */
const LINE_ONLY = new Set(['location', 'learning']);
export const isLineOnlyTopic = (asked: string): boolean => LINE_ONLY.has(foldText(asked));

export interface FactLine {
  section: Section;
  /** Said above the line when it only suggests the answer (a headline for "where is X based"). */
  note?: string;
}

/** The line that states the fact asked for, as a section holding only it; null when no line does. */
export function factLine(profile: Profile, asked: string): FactLine | null {
  const topic = foldText(asked);
  const rule = Object.hasOwn(FACTS, topic) ? FACTS[topic]! : undefined;
  if (!rule) return null;
  const lines = profileLines(profile);
  for (const cue of rule.cues) {
    const hit = lines.find((l) => cue.test(l.text));
    if (!hit) continue;
    // A heading that says it ("Currently learning") stands for its whole section.
    if (hit.text === hit.section.title.trim()) return { section: hit.section };
    return { section: asSection(hit.section, sentenceOf(hit.text, cue), topic) };
  }
  if (rule.headline && profile.headline) {
    const home = profile.sections.find((s) => s.level <= 1) ?? profile.sections[0];
    if (home)
      return {
        section: asSection(home, profile.headline, topic),
        note: `${profile.name}'s profile doesn't say it in a sentence; this is their headline.`,
      };
  }
  return null;
}

function profileLines(profile: Profile): { section: Section; text: string }[] {
  const lines: { section: Section; text: string }[] = [];
  for (const section of profile.sections) {
    const texts = [section.title, ...section.text.split('\n'), ...section.items];
    for (const text of texts) {
      if (text.trim()) lines.push({ section, text: text.trim() });
      if (lines.length >= MAX_LINES) return lines;
    }
  }
  return lines;
}

/** The sentence of a long line that holds the cue (the line itself when short). */
function sentenceOf(line: string, cue: { test: (line: string) => boolean }): string {
  if (line.length <= MAX_LINE) return line;
  const sentences = line.split(/(?<=[.!?])\s+/);
  return (sentences.find((s) => cue.test(s)) ?? line).slice(0, MAX_LINE);
}

function asSection(from: Section, text: string, topic: string): Section {
  return { ...from, id: `${from.id}#${topic}`, text, items: [], links: [] };
}
