// The handler contract: one function per command, given the invocation and the current index.
import type { CommandDefinition, CommandName, CommandSet } from '../../../commands/index.js';
import type { ProfileIndex } from '../../search/search-types.js';
import type { Invocation } from '../invocation.js';
import type { Reply } from '../reply.js';

export interface HandlerContext {
  /** The index as of this answer (hot reload swaps it between answers, never during one). */
  index: ProfileIndex;
  invocation: Invocation;
  command: CommandDefinition;
  /** Every command this engine answers (/help lists them). */
  commands: CommandSet;
  /** DEFAULT_PROFILE: used when a command names nobody. */
  defaultProfile: string | null;
  /** CONTACT_EPHEMERAL: contact answers only to the asker. */
  contactEphemeral: boolean;
}

export type Handler = (context: HandlerContext) => Reply;

/** A missing or misnamed handler is a compile error. */
export type HandlerMap = { readonly [K in CommandName]: Handler };
