// SECTION_VERB_RULES: free-text rules for sections asked as verbs ("what does X value", "what is X focused on",
// "what certifications does X have"). Part of the ordered table in intent-rules.ts.
import type { IntentRule } from './intent-rules.js';

const r = (source: string) => new RegExp(`^${source}$`);

/** Values, focus and certifications asked with a verb rather than a section name. */
export const SECTION_VERB_RULES: readonly IntentRule[] = [
  {
    command: 'section',
    fixed: { section: 'values' },
    pattern: r('what (?:does|do) (?<person>.+?) (?:value|care about|believe in|stand for|prioriti[sz]e)'),
  },
  {
    command: 'section',
    fixed: { section: 'focus' },
    pattern: r(
      "what(?:'s| is| are) (?<person>.+?) (?:focused on|focussed on|focusing on|working toward|working towards|building toward|building towards|aiming for|aiming at)",
    ),
  },
  {
    command: 'section',
    fixed: { section: 'focus' },
    pattern: r('what (?:does|do) (?<person>.+?) (?:speciali[sz]e in|focus on|concentrate on)'),
  },
  {
    command: 'section',
    fixed: { section: 'certifications' },
    pattern: r(
      'what (?:certifications|certs|certificates) (?:does|do|has) (?<person>.+?)(?: (?:have|hold|got|earned))?',
    ),
  },
];
