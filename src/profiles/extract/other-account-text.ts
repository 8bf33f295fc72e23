// namesOtherAccount: link text that presents a social account as a bot's, a project's or a team's ("the
// RandomFact Twitter bot", "our project's X account"), not the person's own.
const OTHER_ACCOUNT =
  /\b(?:bot|bots|project['’]?s?|team['’]?s?|community['’]?s?|company['’]?s?|podcast['’]?s?|org|organi[sz]ation['’]?s?)\b|\bour\b/i;

/** The words of the link text, addresses left out ("acme.slack.com/team/U1" names no team). */
export function namesOtherAccount(words: string): boolean {
  if (words.length > 80) return false;
  const plain = words
    .split(/\s+/)
    .filter((w) => !w.includes('/') && !w.includes('.'))
    .join(' ');
  return OTHER_ACCOUNT.test(plain);
}
