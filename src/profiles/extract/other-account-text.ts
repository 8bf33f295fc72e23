// namesOtherAccount: link text that presents a social account as a bot's, a project's or a team's ("the
// RandomFact Twitter bot", "our project's X account"), not the person's own.
const OTHER_ACCOUNT =
  /\b(?:bot|bots|project['’]?s?|team['’]?s?|community['’]?s?|company['’]?s?|podcast['’]?s?|org|organi[sz]ation['’]?s?)\b|\bour\b/i;

export function namesOtherAccount(words: string): boolean {
  return words.length <= 80 && OTHER_ACCOUNT.test(words);
}
