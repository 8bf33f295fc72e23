// The option more than one command shares, declared once so every command reads it the same way.
import type { CommandOption } from './define-command.js';

/** `person`: completes from the people loaded; names are short (Discord caps a choice at 100). */
export const person = (description = 'Name, handle or alias') =>
  ({
    name: 'person',
    description,
    required: false,
    complete: 'people',
    maxLength: 100,
    read: 'person',
  }) as const satisfies CommandOption;
