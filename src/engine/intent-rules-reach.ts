// REACH_RULES: free-text rules for how to reach one person ("how do i reach ana", "need to ping phil,
// how?", "contact X"), CONTACT_RULES in their place. Part of the ordered table in intent-rules.ts.

import type { IntentRule } from './intent-rules.js';
import { CONTACT_RULES } from './intent-rules-contact.js';

const REACH =
  // Longer phrases first: "reach out to ana" must not leave "out to ana" as the person.
  '(?:reach out to|reach|contact|get in touch with|get hold of|email|e-mail|mail|message|dm|ping|talk to|connect with|find|write to|call|hit up|text|(?:send|shoot|drop) (?:a message|a line|a note|an email|a dm) to)';
const r = (source: string) => new RegExp(`^${source}$`);

/** How to reach one person, in the table's order (first match wins). */
export const REACH_RULES: readonly IntentRule[] = [
  // contact
  {
    command: 'contact',
    pattern: r(`how (?:do|can|could|should|would|might) (?:i|we|you|one|someone) ${REACH} (?<person>.+)`),
  },
  {
    command: 'contact',
    // "where can i find pedro online": where to find them, not what they do online.
    pattern: r(
      `(?:how to|where (?:can|do|could|would) i|how can i|can i) ${REACH} (?<person>.+?)(?: online| on the (?:internet|web)| on socials| on social media)?`,
    ),
  },
  // "what's the best way to reach ana", "need to ping phil, how?"
  {
    command: 'contact',
    pattern: r(
      `(?:what(?:'s| is) the (?:best|easiest|quickest|fastest|right|usual)|is there (?:a|any)|(?:any|best)) way to ${REACH} (?<person>.+)`,
    ),
  },
  {
    command: 'contact',
    needsPerson: true,
    pattern: r(`(?:i |we )?(?:need|want|have|got) to ${REACH} (?<person>.+?)(?:,? how)?`),
  },
  ...CONTACT_RULES,
  {
    command: 'contact',
    needsPerson: true,
    pattern: r(
      '(?:get in touch with|reach out to|get hold of|contact|reach|ping|message|dm|write to|hit up) (?<person>.+)',
    ),
  },
];
