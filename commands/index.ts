// The one ordered list of commands: feeds the engine's handlers, Discord registration, the Slack
// manifest, /help and the shell.
import { contact } from './contact.js';
import type { CommandDefinition, OptionName } from './define-command.js';
import { experience } from './experience.js';
import { help } from './help.js';
import { people } from './people.js';
import { profile } from './profile.js';
import { search } from './search.js';
import { section } from './section.js';
import { skills } from './skills.js';
import { whoknows } from './whoknows.js';

export const COMMANDS = [
  profile,
  skills,
  contact,
  experience,
  section,
  search,
  whoknows,
  people,
  help,
] as const;

export type CommandName = (typeof COMMANDS)[number]['name'];
export type { CommandDefinition, OptionName };

const byName = new Map<string, CommandDefinition>(COMMANDS.map((c) => [c.name, c]));

export function findCommand(name: string): (typeof COMMANDS)[number] | undefined {
  return byName.get(name.toLowerCase()) as (typeof COMMANDS)[number] | undefined;
}

export function isCommandName(name: string): name is CommandName {
  return byName.has(name);
}
