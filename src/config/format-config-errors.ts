// Turns loadConfig's error list into the message every verb prints before anything starts.

/** One line per bad variable, each saying what a good value looks like; `who` names the verb. */
export function formatConfigErrors(errors: readonly string[], who = 'profile-assistant'): string {
  const lines = errors.map((error) => `  ${error}`).join('\n');
  return `${who}: invalid configuration, nothing was started:\n${lines}\nSee .env.example for every variable and its format.`;
}
