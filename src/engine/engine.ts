// The Engine contract: pure answers over the current index. Platforms call it; it never does I/O.
import type { CommandDefinition } from '../../commands/define-command.js';
import type { AutocompleteRequest, Choice, Invocation } from './invocation.js';
import type { Reply } from './reply.js';

export interface Engine {
  /** The ordered command list (from commands/index.ts). */
  readonly commands: readonly CommandDefinition[];
  /** Answers one invocation. Never throws for expected outcomes (not found, bad args, …). */
  answer(invocation: Invocation): Reply;
  /** Turns a typed line ("/skills rajat", "skills rajat", "who knows rust?") into an invocation. */
  parse(line: string, base: Omit<Invocation, 'args' | 'command' | 'text'>): Invocation;
  /** At most 25 choices, best first. */
  autocomplete(request: AutocompleteRequest): Choice[];
}
