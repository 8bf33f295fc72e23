// nativeFrames: a question typed in a learner's or chat frame ("who is knowing kotlin", "ana work where",
// "what ana is doing", "duong what he do", "who can to help", "contact with ana") rewritten into the frame
// the rule table reads ("who knows kotlin", "where does ana work", "what does ana do"). Bounded: a fixed
// list of anchored patterns over one or two name words, each applied once.

/** -ing forms a question asks with, and their base form. */
const BASE: Readonly<Record<string, string>> = {
  knowing: 'know',
  working: 'work',
  living: 'live',
  staying: 'stay',
  doing: 'do',
  using: 'use',
  coding: 'code',
  programming: 'program',
  studying: 'study',
  learning: 'learn',
  building: 'build',
  developing: 'develop',
};
/** Past forms asked without "did" ("where ana studied"). */
const PAST: Readonly<Record<string, string>> = {
  worked: 'work',
  studied: 'study',
  lived: 'live',
  interned: 'intern',
};
const ING = Object.keys(BASE).join('|');
const VERB = [...new Set(Object.values(BASE))].join('|');
const VERBS = `${VERB}|knows|works|lives|stays|does|uses|codes|studies|learns|builds|develops`;
/** One or two words naming the person ("ana", "ana lima"); one first, so "ana is working" keeps "is" out;
 * never an auxiliary or a pronoun ("where does ana work" is already read). */
const WHO =
  "(?!(?:is|are|was|were|does|do|did|can|could|will|would|has|have|he|she|they)\\b)[^\\s?']+(?: [^\\s?']+)??";
const ASK = 'what|where|which \\w+|in which \\w+|for which \\w+|how';

/** The base form of a verb as typed ("knows", "knowing", "worked" → "know", "know", "work"). */
function base(verb: string): string {
  if (BASE[verb]) return BASE[verb]!;
  if (PAST[verb]) return PAST[verb]!;
  if (verb === 'does') return 'do';
  if (verb === 'studies') return 'study';
  return verb.endsWith('s') && !verb.endsWith('ss') ? verb.slice(0, -1) : verb;
}
/** "know" → "knows": the verb after "who" ("who knows go"). */
function third(verb: string): string {
  if (verb === 'do') return 'does';
  if (verb === 'study') return 'studies';
  return `${verb}s`;
}

type Rewrite = readonly [RegExp, (...groups: string[]) => string];

const REWRITES: readonly Rewrite[] = [
  // "who is knowing go", "who are working with redis", "who knowing flutter" → "who knows go".
  [new RegExp(`^who(?: is| are|'s|'re)? (${ING})\\b`), (_, v) => `who ${third(base(v!))}`],
  // "what is ana doing", "where is ana working" → "what does ana do".
  [new RegExp(`^(${ASK}) (?:is|are) (${WHO}) (${ING})\\b`), (_, q, who, v) => `${q} does ${who} ${base(v!)}`],
  // "what ana is doing", "where ana is living", "what ana doing" → "what does ana do".
  [
    new RegExp(`^(${ASK}) (${WHO}) (?:is |are )?(${ING})\\b`),
    (_, q, who, v) => `${q} does ${who} ${base(v!)}`,
  ],
  // "what tomek know", "where devzakri live" (no "does") → "what does tomek know".
  [new RegExp(`^(what|where|how) (${WHO}) (${VERB})\\b`), (_, q, who, v) => `${q} does ${who} ${v}`],
  // "where ana studied", "where ana worked before" → "where did ana study".
  [
    new RegExp(`^(where|what) (${WHO}) (${Object.keys(PAST).join('|')})\\b`),
    (_, q, who, v) => `${q} did ${who} ${base(v!)}`,
  ],
  // "which language tomek code", "what languages ana write" → "what does tomek code in".
  [
    new RegExp(
      `^(?:which|what) (?:programming )?languages? (${WHO}) (?:is |are )?(?:codes?|coding|programs?|programming|writes?|writing)(?: in| with)?$`,
    ),
    (_, who) => `what does ${who} code in`,
  ],
  // "ana work where", "ana is working where", "ana know what" → the question word first.
  [
    new RegExp(`^(${WHO}) (?:is |are )?(${ING}|${VERBS}) (where|what)$`),
    (_, who, v, q) => `${q} does ${who} ${base(v!)}`,
  ],
  // "ana from where", "ana is from which country" → "where is ana from".
  [
    new RegExp(`^(${WHO}) (?:is |are )?from (?:where|which (?:country|city|place|part of the world))$`),
    (_, who) => `where is ${who} from`,
  ],
  // "duong what he do", "ana where she works" → "what does duong do".
  [
    new RegExp(`^(${WHO}) (what|where) (?:he|she|they) (?:is |are )?(${ING}|${VERBS})\\b`),
    (_, who, q, v) => `${q} does ${who} ${base(v!)}`,
  ],
];

/** Words fixed wherever they stand: a learner's "to" after a modal, a preposition after "contact". */
const ANYWHERE: readonly Rewrite[] = [
  // "who can to help with css" → "who can help with css".
  [/\b(can|could|should|will|would|must) to (?=\S)/, (_, modal) => `${modal} `],
  // "how to contact with ana", "how can i reach to ana" → "contact ana".
  [/\b(contact|reach|email|message|ping) (?:with|to) (?=\S)/, (_, verb) => `${verb} `],
  // "someone is expert of redis", "who is good in css" → "expert at", "good at".
  [/\b(good|expert|great|strong|best) (?:in|of|on|with) (?=\S)/, (_, word) => `${word} at `],
  // "i search developer who know go", "we need person that knows go" → "who know go".
  [
    /^(?:i|we) (?:search|am searching|are searching|seek|am looking|are looking|look|need|want)(?: for)? (?:a |an |some )?(?:developer|dev|person|guy|engineer|expert|someone|somebody|people|one) (?:who|that) /,
    () => 'who ',
  ],
];

/** The question in the frame the rules read; the text itself when no learner's frame is found. */
export function nativeFrames(text: string): string {
  let out = text;
  for (const [pattern, to] of ANYWHERE) out = out.replace(pattern, (...m) => to(...(m as string[])));
  for (const [pattern, to] of REWRITES) {
    const match = pattern.exec(out);
    if (match)
      return out.slice(0, match.index) + to(...(match as unknown as string[])) + out.slice(match[0].length);
  }
  return out;
}
