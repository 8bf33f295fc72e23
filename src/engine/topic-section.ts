// Sections asked for by what they are about rather than by title: "current work" (what someone is
// working on) and "spoken languages"; and the closest section when none has the asked name.
import type { Profile, Section } from '../profiles/model/profile.js';
import { HUMAN_LANGUAGES } from '../profiles/vocabulary/human-languages.js';
import { isKnownSkill } from '../profiles/vocabulary/skill-aliases.js';
import type { ProfileIndex } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { CODE_SPOKEN } from './code-key-cues.js';
import { currentWorkSentence, isCurrentWorkLabel } from './current-work-prose.js';
import { columnUnder, profileLines, withList } from './profile-lines.js';
import { childSections, mainSections } from './profile-sections.js';

const CURRENT = /\b(?:working on|currently|current|now|these days|building|in progress|up to)\b/;
const NOW_SENTENCE =
  /^(?:i m |im |i am )?(?:currently )?working (?:on|with)\b|\b(?:(?:currently|now|i m|im|i am|we re|we are) (?:working on|building|hacking on|focused on|focusing on)|(?:lately|these days|nowadays) (?:most of )?(?:my|our) (?:work|time|days)|most of my (?:work|time) (?:is|goes)|my (?:day job|main work) is)\b/;
const SPOKEN_TITLE = /\b(?:spoken|speak|idiomas|sprachen|langues|linguas)\b/;
// "Языки", "言語": the heading in Russian, Japanese, Chinese, Korean (folded text; \b is ASCII-only).
const LANGUAGES_TITLE = /\blanguages?\b|(?:^|\s)языки(?:\s|$)|言語|语言|언어/;
/** World language names as folded text reads them ("английскии" for "Английский"). */
const SPOKEN_NAMES: ReadonlySet<string> = new Set([...HUMAN_LANGUAGES].map(foldText));

/**
 * The section for a topic: a Section, null when the profile has none, undefined when `asked` is
 * not a topic (then the section is found by name).
 */
export function topicSection(profile: Profile, asked: string): Section | null | undefined {
  const topic = foldText(asked);
  if (topic === 'current work') return currentWork(profile);
  if (topic === 'spoken languages') return spokenLanguages(profile);
  return undefined;
}

function currentWork(profile: Profile): Section | null {
  const titled = profile.sections.filter((s) => s.title);
  const named = titled.find(
    (s) => CURRENT.test(foldText(s.title)) && isCurrentWorkLabel(profile, s) && !isEmpty(profile, s),
  );
  // A table whose header says it ("🔭 Currently Working On | 🌱 Currently Learning"): that column only.
  const column = named && nowColumn(named);
  if (column) return column;
  if (named) return named;
  const focus = [...mainSections(profile), ...titled].filter(
    (s) => s.kind === 'focus' && !isEmpty(profile, s),
  );
  const focused = focus.find((s) => /\bfocus\b/.test(foldText(s.title)));
  // A line that says it ("🔭 I'm currently working on Datasette…", "Working on: …"), not its whole
  // section, before a section only classed as a focus ("AI focus"); then a sentence ("I run the …").
  return (
    nowLine(profile) ?? focused ?? focusLabel(profile) ?? currentWorkSentence(profile) ?? focus[0] ?? null
  );
}

/** A line that only labels what follows ("> Current focus" in a README without headings). */
const FOCUS_LABEL = /^(?:current ?focus|currently|right now|now|what i m (?:doing|working on|up to) now)$/;

/** The lines under a "Current focus" label line, as a section holding only them. */
function focusLabel(profile: Profile): Section | null {
  const lines = profileLines(profile);
  const label = lines.find((l) => l.text !== l.section.title.trim() && FOCUS_LABEL.test(foldText(l.text)));
  if (!label) return null;
  const said = withList(lines, label, { test: (line) => FOCUS_LABEL.test(foldText(line)) });
  return said === label.text
    ? null
    : { ...label.section, id: `${label.section.id}#now`, text: said, items: [], links: [] };
}

/** Lines kept after a line that only leads into a list ("Currently working on:"). */
const MAX_FOLLOWING = 6;

/** A heading over nothing but badges or pictures ("## Currently Deepening" then logos): it says nothing. */
const isEmpty = (profile: Profile, s: Section): boolean =>
  !s.text.trim() && s.items.length === 0 && childSections(profile, s).length === 0;

function nowColumn(section: Section): Section | null {
  const lines = section.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const at = lines.findIndex((l) => l.includes(' | '));
  const said = at < 0 ? null : columnUnder(lines.slice(at), (cell) => NOW_SENTENCE.test(foldText(cell)));
  return said ? { ...section, id: `${section.id}#now`, text: said, items: [], links: [] } : null;
}

function nowLine(profile: Profile): Section | null {
  for (const section of profile.sections) {
    const lines = [...section.text.split('\n'), ...section.items].map((l) => l.trim()).filter(Boolean);
    const at = lines.findIndex((l) => NOW_SENTENCE.test(foldText(l)));
    if (at < 0) continue;
    const said = /[:：]$/.test(lines[at]!) ? lines.slice(at, at + 1 + MAX_FOLLOWING) : [lines[at]!];
    return { ...section, id: `${section.id}#now`, text: said.join('\n'), items: [], links: [] };
  }
  return null;
}

function spokenLanguages(profile: Profile): Section | null {
  const titled = profile.sections.filter((s) => s.title);
  const named = titled.find((s) => SPOKEN_TITLE.test(foldText(s.title)));
  if (named) return named;
  // A "Languages" section is spoken when it names world languages and no skill was read from it.
  const skillCategories = new Set(profile.skills.map((s) => s.category));
  const section = titled.find((s) => {
    if (!LANGUAGES_TITLE.test(foldText(s.title)) || skillCategories.has(s.title)) return false;
    const words = foldText(`${s.text} ${s.items.join(' ')}`).split(' ');
    return words.some((w) => SPOKEN_NAMES.has(w));
  });
  return section ?? spokenSentence(profile) ?? spokenField(profile);
}

/** `self.languages_spoken = ["Somali", "English"]`, `"spoken": [`: the field of a bio written as code. */
function spokenField(profile: Profile): Section | null {
  const lines = profileLines(profile);
  const hit = lines.find((l) => CODE_SPOKEN.test(l.text));
  return hit
    ? {
        ...hit.section,
        id: `${hit.section.id}#spoken`,
        text: withList(lines, hit, CODE_SPOKEN),
        items: [],
        links: [],
      }
    : null;
}

/** "I speak Arabic, French and English.": a sentence saying so names two world languages or more. */
const SPEAKS = /\b(?:i speak|speaks|speaking|fluent in|native speaker|falo|hablo|ich spreche|je parle)\b/;
const MAX_SENTENCES = 200;

/** A line that only labels what follows ("Languages", "🌍 Spoken languages:", "Idiomas"). */
const LANGUAGES_LABEL = /^(?:spoken |human )?(?:languages?|idiomas|sprachen|langues|linguas)$/;
const LANGUAGES_LEAD = /^(?:spoken |human )?(?:languages?|idiomas|sprachen|langues|linguas) /;
/** How well someone speaks a language, as a "Languages" line says it after each one. */
const LEVELS = new Set(
  'native fluent advanced intermediate basic beginner conversational proficient natif courant nativo fluente avanzado intermedio basico muttersprache fliessend'.split(
    ' ',
  ),
);
/** Lines read after such a label: a short list of languages, one a line. */
const MAX_LISTED = 12;

/**
 * The sentence that says which languages someone speaks ("I speak Arabic, French and English."), or a
 * "Languages" line followed by lines naming world languages ("English ★★★", "Hindi (native)"), as a section
 * holding only that.
 */
function spokenSentence(profile: Profile): Section | null {
  let seen = 0;
  for (const section of profile.sections) {
    const lines = [...section.text.split('\n'), ...section.items];
    const listed = labelledLanguages(lines);
    if (listed) return { ...section, id: `${section.id}#spoken`, text: listed, items: [], links: [] };
    for (const line of lines) {
      for (const sentence of line.split(/(?<=[.!?])\s+/)) {
        seen += 1;
        if (seen > MAX_SENTENCES) return null;
        const folded = foldText(sentence);
        // "Languages: English, Hindi, German" on one line, as well as a sentence saying so.
        if (!SPEAKS.test(folded) && !LANGUAGES_LEAD.test(folded)) continue;
        const words = folded.split(' ');
        const named = words.filter((w) => SPOKEN_NAMES.has(w));
        // "languages  PT (native) · EN (fluent) · ES (advanced)": codes, each with its level; never
        // "languages  Python (advanced) · Go (intermediate)", a line of technologies with levels.
        const levels =
          LANGUAGES_LEAD.test(folded) && !words.some((w) => !LEVELS.has(w) && isKnownSkill(w))
            ? words.filter((w) => LEVELS.has(w))
            : [];
        if (named.length >= 2 || levels.length >= 2)
          return { ...section, id: `${section.id}#spoken`, text: sentence.trim(), items: [], links: [] };
      }
    }
  }
  return null;
}

/** The lines after a "Languages" label line that each start with a world language, when two or more do. */
function labelledLanguages(lines: readonly string[]): string | null {
  const at = lines.findIndex((l) => LANGUAGES_LABEL.test(foldText(l)));
  if (at < 0) return null;
  const listed: string[] = [];
  for (const line of lines.slice(at + 1, at + 1 + MAX_LISTED)) {
    const first = foldText(line).split(' ')[0] ?? '';
    if (!SPOKEN_NAMES.has(first)) break;
    listed.push(line.trim());
  }
  return listed.length >= 2 ? [lines[at]!.trim(), ...listed].join('\n') : null;
}

const GENERIC = new Set(
  'experience work stuff section background details info information knowledge part bit things thoughts about on the my their his her'.split(
    ' ',
  ),
);
const ABBREVIATIONS: Record<string, string> = {
  ml: 'machine learning',
  ai: 'artificial intelligence',
  infra: 'infrastructure',
  oss: 'open source',
  os: 'open source',
  devops: 'devops',
};

/** The asked name without generic words, abbreviations spelled out: "ML experience" → "machine learning". */
export function coreTopic(asked: string): string {
  return foldText(asked)
    .split(' ')
    .filter((w) => w && !GENERIC.has(w))
    .map((w) => (Object.hasOwn(ABBREVIATIONS, w) ? ABBREVIATIONS[w]! : w))
    .join(' ');
}

/** The section of this profile whose text best matches the words, when no title does. */
export function closestByText(index: ProfileIndex, profile: Profile, asked: string): Section | null {
  const words = coreTopic(asked);
  if (!words) return null;
  const [hit] = index.search(words, { personId: profile.id, limit: 1 });
  return hit && hit.score >= 0.5 ? hit.section : null;
}
