// LINK_RULE: a pasted profile link, alone or asked about ("github.com/ana-dev", "who's this?
// linkedin.com/in/ana"), is that person's card (search/person-by-link.ts resolves the link).
import type { IntentRule } from './intent-rules.js';

export const LINK_RULE: IntentRule = {
  command: 'profile',
  pattern:
    /^(?:(?:who(?:'s| is)|whose (?:profile|account|page|github|linkedin|handle) is|do you know|do we know|know)(?: this| that)?(?: (?:person|profile|account|one|guy|dev))?[?:,]? )?(?<person>(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/[^ ]+)$/,
};
