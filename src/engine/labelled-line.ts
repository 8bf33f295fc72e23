// A fact asked by its label ("hamed's gpa", "X's timezone") that a profile states as "label: value" — a
// line of a YAML-like whoami block, a bold label ("**GPA:** 3.8") or a list item — rather than a section.
import type { Profile, Section } from '../profiles/model/profile.js';
import type { Resolution } from '../search/search-types.js';
import { foldText } from '../text/fold-text.js';
import { factTopicNamed } from './fact-topics.js';
import { factLine } from './topic-line.js';

/** Lines read: any README's opening and about sections. */
const MAX_LINES = 400;
/** A label is a few words; the text before a colon further in is a sentence. */
const MAX_LABEL_CHARS = 40;

/**
 * A line that states what was asked, when the section found by name only looks like it: a fact topic's
 * line ("💬 Ask me about Go" over a section titled "About Me"), else a "label: value" line.
 */
export function statedLine(
  profile: Profile,
  asked: string,
  resolved: Resolution<Section>,
): { section: Section; label: string; note?: string } | null {
  const topic = factTopicNamed(foldText(asked));
  if (topic && resolved.status === 'found' && !topic.cue.test(resolved.value.title)) {
    const said = factLine(profile, asked);
    if (said) return said;
  }
  return labelledLine(profile, asked, resolved);
}

/**
 * The "label: value" line whose label is what was asked, as a section holding only that line; null when
 * a section title already names it (that section is the answer) or no line is labelled so.
 */
export function labelledLine(
  profile: Profile,
  asked: string,
  resolved: Resolution<Section>,
): { section: Section; label: string } | null {
  const key = foldText(asked);
  if (!key || key.split(' ').length > 4) return null;
  if (resolved.status === 'found' && ` ${foldText(resolved.value.title)} `.includes(` ${key} `)) return null;
  let read = 0;
  for (const section of profile.sections) {
    for (const line of [...section.text.split('\n'), ...section.items]) {
      read += 1;
      if (read > MAX_LINES) return null;
      const colon = line.search(/[:：]/);
      if (colon < 1 || colon > MAX_LABEL_CHARS) continue;
      const label = foldText(line.slice(0, colon));
      const value = line.slice(colon + 1).trim();
      if ((label === key || label === `${key}s`) && /[\p{L}\p{N}]/u.test(value))
        return {
          section: {
            ...section,
            id: `${section.id}#${key.replace(/ /g, '-')}`,
            text: line.trim(),
            items: [],
            links: [],
          },
          label: line
            .slice(0, colon)
            .replace(/\*\*|__|`/g, '')
            .trim(),
        };
    }
  }
  return null;
}
