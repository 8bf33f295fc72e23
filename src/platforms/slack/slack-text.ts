// Slack slash-command text → the line the engine parses: `/pa-skills rajat` → "/skills rajat",
// the umbrella `/profile skills rajat` → "/skills rajat", Slack markup (mentions, links, entities) → plain text.
import { isCommandName } from '../../../commands/index.js';

const MENTION = /<@([UW][A-Z0-9]+)(?:\|([^<>]+))?>/g;

/** A payload's `text`: Bolt's types promise a string, but a payload missing it (or holding another type)
 *  must read as empty rather than throw in the mention reader, leaving the command unacknowledged. */
export const payloadText = (value: unknown): string => (typeof value === 'string' ? value : '');

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

// Slack's markup in what a user typed: <@U…|name>, <#C…|name>, <!here>, <url|label>; then the three
// entities Slack escapes (&amp; &lt; &gt;). Bounded: no angle-bracket span over 1,000 characters.
const MARKUP = /<([^<>]{1,1000})>/g;

/** One `<…>` span as the words a user meant: a name, #channel, @here, a link's label or address. */
function plainMarkup(inner: string, names: ReadonlyMap<string, string>, botUserId?: string): string {
  const bar = inner.indexOf('|');
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? undefined : inner.slice(bar + 1);
  if (/^@[UW][A-Z0-9]+$/.test(target)) {
    const id = target.slice(1);
    return id === botUserId ? '' : (names.get(id) ?? label ?? '');
  }
  if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
  if (target.startsWith('!')) return label ?? `@${target.slice(1).split('^')[0]}`;
  return label ?? target.replace(/^mailto:/i, '');
}

/**
 * What the user typed, as plain text: `<@U123|rajat>` → "rajat", `<@U123>` → the looked-up name (or
 * removed), the bot's own mention dropped, links to their label, and Slack's entities decoded
 * (`R&amp;D` → "R&D"), so the engine reads, and answers echo, what was typed.
 */
export function resolveMentions(
  text: string,
  names: ReadonlyMap<string, string>,
  botUserId?: string,
): string {
  return text
    .replace(MARKUP, (_m, inner: string) => plainMarkup(inner, names, botUserId))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
