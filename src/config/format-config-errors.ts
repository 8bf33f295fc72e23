// Turns loadConfig's error list into the message printed before anything starts.

/** One line per bad variable, each saying what a good value looks like. */
export function formatConfigErrors(errors: readonly string[]): string {
  const lines = errors.map((error) => `  ${error}`).join('\n');
  return `profile-assistant: invalid configuration, nothing was started:\n${lines}\nSee .env.example for every variable and its format.`;
}
