// PERSON_SKILL_RULES: free-text rules for whether one person knows a skill ("does ana know rust", "can
// jezreel help with rust"). The end of SKILL_RULES (intent-rules-skills.ts), in the table's order.
import type { IntentRule } from './intent-rules.js';

const r = (source: string) => new RegExp(`^${source}$`);

/** Does one person know a skill: asked of that person, answered as a whoknows about them. */
export const PERSON_SKILL_RULES: readonly IntentRule[] = [
  // does one person know a skill
  { command: 'whoknows', pattern: r('(?:what|how much) does (?<person>.+?) know about (?<skill>.+)') },
  {
    command: 'whoknows',
    pattern: r(
      '(?:does|did) (?<person>.+?) (?:know|use|have experience (?:with|in)|work with|do|write) (?<skill>.+)',
    ),
  },
  // "can jezreel help with rust", "could ana help me on terraform": does that person know it.
  {
    command: 'whoknows',
    needsPerson: true,
    pattern: r('(?:can|could|would) (?<person>.+?) help(?: me| us)?(?: out)? (?:with|on) (?<skill>.+)'),
  },
  // "does diego have kafka experience", "has jonas got any spring skills"
  {
    command: 'whoknows',
    pattern: r(
      '(?:does|did|has|do) (?<person>.+?) (?:have|has|got|have got) (?:any |some |much |real )?(?<skill>(?!(?:any|some|much|real) )[^ ].*?) (?:experience|skills?|knowledge|background|expertise|exp)',
    ),
  },
  {
    command: 'whoknows',
    pattern: r(
      '(?:is|was) (?<person>.+?) (?:good at|familiar with|experienced (?:with|in)|into|an expert (?:in|at|on)) (?<skill>.+)',
    ),
  },
];
