// What a user asked, in neutral form: platforms build it, the engine answers it.
import type { CommandName, OptionName } from '../../commands/index.js';
import type { ChatAccount } from './chat-account.js';

export type PlatformName = 'discord' | 'slack' | 'shell' | 'cli';

export interface Invocation {
  platform: PlatformName;
  /** A named command; absent when the user typed free text (then `text` holds it). */
  command?: CommandName;
  /** Option values by their contract names (person, section, skill, query, command). */
  args: Partial<Record<OptionName, string>>;
  /** Free text ("who knows rust?") or the raw query ("/skills rajat"), for parsing and logs. */
  text?: string;
  /** The asker, for rate limits and logs; never shown back to anyone else. */
  user?: { id: string; name?: string };
  /** Guild / workspace / team, for per-community budgets. */
  community?: string;
  /** People given as chat accounts (mentions), each standing in the text as its `mention` words. */
  accounts?: ChatAccount[];
}

/** One autocomplete suggestion (Discord caps a response at 25, names at 100 chars). */
export interface Choice {
  name: string;
  value: string;
}

export interface AutocompleteRequest {
  command: CommandName;
  option: OptionName;
  /** What the user has typed so far in that option. */
  value: string;
  /** Other options already filled (e.g. the person, when completing a section). */
  args: Partial<Record<OptionName, string>>;
}
