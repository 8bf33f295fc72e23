// Slack slash-command text → the line the engine parses: `/pa-skills rajat` → "/skills rajat",
// the umbrella `/profile skills rajat` → "/skills rajat", user mentions → display names.
import { isCommandName } from '../../../commands/index.js';

const MENTION = /<@([UW][A-Z0-9]+)(?:\|([^<>]+))?>/g;

/** The command a slash command stands for, or 'umbrella' for the `/profile <command> …` form. */
export function commandFor(slashCommand: string, prefix: string): string | null {
  const name = slashCommand.replace(/^\//, '');
  if (!name.startsWith(prefix)) return null;
  const bare = name.slice(prefix.length);
  return isCommandName(bare) ? bare : null;
}

/**
 * The engine line for a slash command. `/profile` doubles as the umbrella: when its first word names a
 * command (`/profile skills rajat`) that command runs; otherwise it is the profile card (`/profile rajat`).
 */
export function commandLine(command: string, text: string): string {
  const rest = text.trim();
  if (command === 'profile') {
    const [first = '', ...others] = rest.split(/\s+/);
    if (isCommandName(first.toLowerCase()) && first.toLowerCase() !== 'profile')
      return `/${first.toLowerCase()} ${others.join(' ')}`.trim();
  }
  return `/${command} ${rest}`.trim();
}

/** User ids mentioned without a name (`<@U123>`), to look up before answering. */
export function unnamedMentions(text: string): string[] {
  return [...text.matchAll(MENTION)].filter((m) => !m[2]).map((m) => m[1]!);
}

/** `<@U123|rajat>` → "rajat"; `<@U123>` → the looked-up name (or removed); the bot's own mention dropped. */
export function resolveMentions(
  text: string,
  names: ReadonlyMap<string, string>,
  botUserId?: string,
): string {
  return text
    .replace(MENTION, (_m, id: string, name?: string) =>
      id === botUserId ? '' : (name ?? names.get(id) ?? ''),
    )
    .replace(/\s+/g, ' ')
    .trim();
}
