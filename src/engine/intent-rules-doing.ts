// DOING_RULES: free-text rules for what someone does and is working on ("what does ana do", "what's
// lena working on", "where's X working now"). Part of the ordered table in intent-rules.ts.
import type { IntentRule } from './intent-rules.js';
import { NOW } from './intent-rules-person.js';

const r = (source: string) => new RegExp(`^${source}$`);

/** What someone does and is working on: the headline, the current-work section, their employer now. */
export const DOING_RULES: readonly IntentRule[] = [
  // what someone does and is working on: the headline, the current-work section
  {
    command: 'profile',
    fixed: { section: 'role' },
    pattern: r(
      `what (?:does|do) (?<person>.+?) do(?: for a living| for work| professionally| exactly| here| at work| ${NOW})?`,
    ),
  },
  // "remind me what sgk18 does": the question inside a request, its verb last.
  {
    command: 'profile',
    fixed: { section: 'role' },
    needsPerson: true,
    pattern: r('what (?<person>.+?) does(?: for a living| for work| professionally| exactly)?'),
  },
  {
    command: 'section',
    fixed: { section: 'current work' },
    pattern: r(
      `what(?:'s| is| are| has| have) (?<person>.+?) (?:currently |now )?(?:been )?(?:working on|doing|up to|building|busy with|hacking on|researching|doing research on)(?: ${NOW})?`,
    ),
  },
  {
    command: 'section',
    fixed: { section: 'current work' },
    pattern: r('what (?:does|do) (?<person>.+?) (?:work on|research|do research on)'),
  },
  {
    command: 'experience',
    pattern: r(
      `where(?:'s| is) (?<person>.+?) (?:currently |now )?(?:working|interning|employed)(?: ${NOW})?`,
    ),
  },
];
