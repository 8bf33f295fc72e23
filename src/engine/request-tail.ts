// What a request adds after the skill it asks for: who it calls on (", anyone", ", who's the go-to"), how soon ("asap",
// "this week") and what for ("for a quick review", "to help me debug"): never part of a skill's name.

/** ", anyone", ", folks": the question's addressees, after a comma. */
const APPEAL =
  /(?<![\s,])\s*,\s*(?:anyone|anybody|someone|somebody|any one|folks|guys|all|everyone|everybody|team|y'all|people)$/;
/** ", who's the go-to?", ", who should I ask": the question itself asked again after a comma. */
const ASKED_AGAIN =
  /(?<![\s,])\s*,\s*(?:who(?:'s| is) (?:the |our )?(?:go-to|go to|goto|expert|best person|right person)|who (?:do|should|can|could) (?:i|we) (?:ask|ping|talk to)|who can help|any takers|any ideas|ideas)$/;
/** "asap", "this week", "rn": when help is wanted. */
const WHEN =
  /(?<!\s)\s+(?:asap|urgently|quickly|real quick|right away|rn|right now|atm|at the moment|now|today|tonight|tomorrow|soon|this (?:week|weekend|month|sprint|afternoon|morning|evening)|next week)$/;
/** "for a quick review", "to help me debug something": what the help is for, ending the question in a few words. */
const PURPOSE =
  /(?<!\s)\s+(?:to (?:help|pair|review|look|debug|fix|chat|talk|answer|check|walk)|for (?:a|an|my|our|the|this|some) (?:(?:quick|small|short|little|brief) )?(?:review|code review|question|pairing|pair|session|chat|call|project|side project|pr|pull request|bug|issue|problem|task|favou?r|help|look|hand))\b(?: [^\s,]+){0,8}$/;

/** The skill phrase without the request's tail; the phrase itself when nothing would be left. */
export function withoutRequestTail(skill: string): string {
  let text = skill;
  for (const tail of [ASKED_AGAIN, APPEAL, WHEN, PURPOSE, WHEN, APPEAL]) text = text.replace(tail, '');
  return text.trim() || skill;
}
