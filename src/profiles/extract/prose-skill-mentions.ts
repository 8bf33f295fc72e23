// proseSkillMentions: the technologies a section's prose names, sentence by sentence, without learning,
// credit and link-label sentences, descriptions of linked things, or the author's own projects.
import type { ProseLine } from '../markdown/prose-lines.js';
import { isCommunityMention } from './community-mention.js';
import { isDonationLine } from './donation-line.js';
import { experienceCueLines } from './experience-cue.js';
import { listedAfterCue } from './listed-after-cue.js';
import { isProjectListing } from './project-listing.js';
import { CREDIT_LINE, CREDIT_WORD } from './skill-claims.js';
import { isLearning, mayBeLearning } from './skill-learning.js';
import { findTechMentions } from './tech-mentions.js';

export interface Mention {
  name: string;
  category: string | null;
  sentence: string;
  line: number | null;
  /** Named after a cue of experience ("Tech I've used at work: …"): listed, not only mentioned. */
  listed: boolean;
}

// "**Forgejo**: [link]": a label for a link is a contact line, not a claim of skill.
const LINK_LABEL = /^[^:¦]{1,40}:[\s¦]*$/;
const SENTENCE_END = /(?<=[.!?。！？])\s+/;
// A line without a sentence end is one sentence: splitting it on SENTENCE_END would give it back whole.
const SENTENCE_END_CHAR = /[.!?。！？]/;
export const sentencesOf = (text: string): string[] =>
  SENTENCE_END_CHAR.test(text) ? text.split(SENTENCE_END) : [text];
// "[PowerVim](…) 🔥：an industrial-grade Vim config", "[Post](…) - about Go": a description of the linked
// thing (the link itself is left out of prose as "¦"), not a claim of the author's.
const DESCRIBED_LINK = /^\s*¦\s*[^\p{L}\p{N}]{0,6}[：:–—-]/u;

/** The text presents `name` as the author's own project or employer: "creator of Hono", "worked at Clerk". */
export const ownProjectIn = listedAfterCue;

/** The mentions of these prose lines, filed under `category`. */
export function proseSkillMentions(lines: readonly ProseLine[], category: string | null): Mention[] {
  const out: Mention[] = [];
  const afterCue = experienceCueLines(lines);
  for (const prose of lines) {
    if (DESCRIBED_LINK.test(prose.text) || isProjectListing(prose.text) || isDonationLine(prose.text))
      continue;
    // A sentence can only match where its whole line does: the cheap tests run once per line.
    const mayLearn = mayBeLearning(prose.text);
    const mayCredit = CREDIT_WORD.test(prose.text);
    for (const sentence of sentencesOf(prose.text)) {
      if (
        (mayLearn && isLearning(sentence)) ||
        LINK_LABEL.test(sentence) ||
        (mayCredit && CREDIT_LINE.test(sentence))
      )
        continue;
      for (const name of findTechMentions(sentence))
        if (!ownProjectIn(sentence, name) && !isCommunityMention(sentence, name))
          out.push({ name, category, sentence, line: prose.line, listed: afterCue.has(prose.line!) });
    }
  }
  return out;
}
