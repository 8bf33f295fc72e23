// statesEverydayUse: a first-person sentence of current use ("Day to day I work with Terraform and AWS",
// "I write most of my glue in Bash", "My stack is Go and Postgres") lists the technologies it names, the
// way a skills list does; any other sentence only mentions them. Learning sentences never reach here.

/** "I work with", "we mostly build in", "I use", "I write … in": the subject, a present verb, its preposition. */
const USE =
  /\b(?:i|we)(?: (?:mostly|mainly|primarily|usually|normally|also|currently|daily|often|regularly|typically|happily|still|now))? (?:use|rely on|(?:work|code|build|develop|program|ship|make)(?: [\w-]+){0,2} (?:with|in|using)|write(?: [\w-]+){0,4} (?:in|with|using))\b|\b(?:trabajo con|je travaille avec|ich arbeite mit|trabalho com)\b/i;
/** "My stack is …", "my daily tools are …", "my toolbox: …". */
const MY_STACK =
  /\bmy (?:(?:daily|main|current|usual|go-to|everyday|favou?rite|tech|preferred) )?(?:stack|tools|toolbox|toolkit|tech stack)(?: (?:is|are|includes?|consists of)|:)/i;
/** Not in use, or not the author's: "I don't work with PHP anymore", "I used to", "I'd like to use". */
const NOT_USE =
  /\b(?:not|don't|don’t|dont|never|no longer|anymore|used to|would|i'd|i’d|could|should|might|wish|hope|if)\b/i;

/** Whether the sentence states that its author uses what it names, now. */
export function statesEverydayUse(sentence: string): boolean {
  const text = sentence.slice(0, 400);
  return (USE.test(text) || MY_STACK.test(text)) && !NOT_USE.test(text);
}
