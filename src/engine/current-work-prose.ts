// What someone works on now, said in a sentence of their own ("I run the internal developer platform: …",
// "… at Spotify, where I work on podcast recommendations", "I build the courier app that …") rather than
// under a "Currently" heading or a "Working on:" line; and which headings only look like one.
import { isLearning } from '../profiles/extract/skill-learning.js';
import type { Profile, Section } from '../profiles/model/profile.js';
import { foldText } from '../text/fold-text.js';
import { sliceWhole } from '../text/slice-whole.js';

/**
 * "I run", "where I work on", "we're building", "I mostly look after": first person, present tense (folded);
 * the same in Italian, Spanish, Portuguese, French, German and Russian ("Mi occupo dei servizi …").
 */
const DOES_NOW =
  /\b(?:i|we) (?:m |am |re |are )?(?:currently |now |mostly |mainly |also )?(?:work on|working on|run|running|lead|leading|own|build|building|maintain|look after|looking after)\b|(?:^| )(?:mi occupo d|lavoro su|sto lavorando (?:su|a)|trabajo en|estoy trabajando en|trabalho (?:em|no|na|com)|estou trabalhando|je travaille sur|ich arbeite (?:an|gerade an)|работаю над|занимаюсь)/;
/** Sections where such a sentence tells of a hobby or of the past, not the job. */
const NOT_NOW = new Set(['interests', 'experience', 'contact', 'education', 'values']);
/** Lines read: any README's opening and about sections. */
const MAX_LINES = 200;
const MAX_SENTENCE = 280;
/** A heading longer than this is a subtitle sentence ("Backend Engineer • Building scalable systems"). */
const MAX_LABEL_WORDS = 6;

/** The first sentence saying what someone does now, as a section holding only it; null when none does. */
export function currentWorkSentence(profile: Profile): Section | null {
  let seen = 0;
  for (const section of profile.sections) {
    if (NOT_NOW.has(section.kind)) continue;
    for (const line of [...section.text.split('\n'), ...section.items]) {
      seen += 1;
      if (seen > MAX_LINES) return null;
      const sentence = line.split(/(?<=[.!?])\s+/).find((s) => DOES_NOW.test(foldText(s)) && !isLearning(s));
      if (sentence)
        return {
          ...section,
          id: `${section.id}#now`,
          text: sliceWhole(sentence.trim(), 0, MAX_SENTENCE),
          items: [],
          links: [],
        };
    }
  }
  return null;
}

/**
 * Whether a heading is a label for what someone does now ("Currently", "What I'm working on"), not a
 * subtitle sentence that happens to hold such a word, and has something under it.
 */
export function isCurrentWorkLabel(profile: Profile, section: Section): boolean {
  if (section.title.split(' ').length > MAX_LABEL_WORDS || /[•·|｜]/u.test(section.title)) return false;
  return (
    section.text.trim() !== '' ||
    section.items.length > 0 ||
    profile.sections.some((s) => s.parentId === section.id)
  );
}
