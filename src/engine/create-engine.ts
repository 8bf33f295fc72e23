// The engine: routes an invocation to its command's handler over the index of the moment, and
// turns typed lines into invocations. Pure: no I/O, no clock, no globals.
import { COMMANDS, type CommandName, findCommand } from '../../commands/index.js';
import type { ProfileIndex } from '../search/search-types.js';
import { autocomplete } from './autocomplete.js';
import type { Engine } from './engine.js';
import { HANDLERS } from './handlers/index.js';
import type { Invocation } from './invocation.js';
import { parseLine } from './parse-line.js';
import type { Reply } from './reply.js';

export interface EngineOptions {
  /** Called once per answer: hot reload swaps the index between answers. */
  index: () => ProfileIndex;
  defaultProfile: string | null;
  contactEphemeral: boolean;
}

export function createEngine(options: EngineOptions): Engine {
  const { defaultProfile, contactEphemeral } = options;

  function answer(invocation: Invocation): Reply {
    const index = options.index();
    const resolved = invocation.command ? invocation : parse(invocation.text ?? '', invocation, index);
    const name: CommandName = resolved.command ?? 'help';
    const command = findCommand(name)!;
    // Unexpected exceptions propagate on purpose: the platform's dispatch logs them with context.
    return HANDLERS[name]({ index, invocation: resolved, command, defaultProfile, contactEphemeral });
  }

  function parse(line: string, base: Omit<Invocation, 'args' | 'command' | 'text'>, at = options.index()) {
    const intent = parseLine(line, {
      personScore: (text) => {
        const resolved = at.resolvePerson(text);
        if (resolved.status === 'found') return resolved.score;
        return resolved.status === 'ambiguous' ? 0 : null;
      },
      hasImplicitPerson: () => Boolean(defaultProfile) || at.size === 1,
    });
    const { platform, user, community } = base;
    return {
      platform,
      ...(user ? { user } : {}),
      ...(community ? { community } : {}),
      command: intent.command,
      args: intent.args,
      text: line,
    } satisfies Invocation;
  }

  return {
    commands: COMMANDS,
    answer,
    parse: (line, base) => parse(line, base),
    autocomplete: (request) => autocomplete(options.index(), request, defaultProfile),
  };
}
