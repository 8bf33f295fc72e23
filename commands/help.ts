// `help`: generated from the command list; `help <command>` shows usage and examples.
import { defineCommand } from './define-command.js';

export const help = defineCommand({
  name: 'help',
  description: 'Show what you can ask, or how to use one command',
  order: 90,
  options: [
    {
      name: 'command',
      description: 'A command name, e.g. skills',
      required: false,
      complete: 'commands',
      maxLength: 32,
      read: 'word',
    },
  ],
  positional: ['command'],
  visibility: 'ephemeral',
  usage: '[command]',
  examples: ['/help', '/help whoknows'],
});
