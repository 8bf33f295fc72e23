// The commands as one checked set, their names and option names as types: feeds the engine's
// handlers, the parser, autocomplete, page tokens, Discord registration, the Slack manifest and /help.
import { COMMAND_LIST } from './command-list.js';
import { type CommandSet, commandSet } from './command-set.js';
import type { CommandDefinition } from './define-command.js';

/** Ordered by each definition's `order` (command-list.ts is generated: `npm run commands:index`). */
export const COMMANDS = COMMAND_LIST;

export type Command = (typeof COMMANDS)[number];
export type CommandName = Command['name'];
export type OptionName = Command['options'][number]['name'];
export type { CommandDefinition, CommandSet };

export const COMMAND_SET: CommandSet<Command> = commandSet(COMMANDS);

/** Every option name, first use first. */
export const OPTION_NAMES = COMMAND_SET.optionNames as readonly OptionName[];

export function findCommand(name: string): Command | undefined {
  return COMMAND_SET.find(name);
}

export function isCommandName(name: string): name is CommandName {
  return COMMAND_SET.has(name);
}

export const isOptionName = (name: string): name is OptionName => COMMAND_SET.option(name) !== undefined;
