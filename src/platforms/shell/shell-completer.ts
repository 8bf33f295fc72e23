// Tab completion for the interactive shell: command names first, then people for the argument.
import { COMMANDS, findCommand } from '../../../commands/index.js';
import type { ProfileIndex } from '../../search/search-types.js';

export const SHELL_WORDS = ['exit', 'quit'] as const;

/** readline's completer contract: [candidates, the fragment they complete]. */
export function createShellCompleter(index: () => ProfileIndex): (line: string) => [string[], string] {
  return (line) => {
    const [word = '', ...rest] = line.trimStart().split(' ');
    if (rest.length === 0) {
      const slash = word.startsWith('/') ? '/' : '';
      const names = [...COMMANDS.map((c) => `${slash}${c.name}`), ...(slash ? [] : SHELL_WORDS)];
      return [names.filter((n) => n.startsWith(word.toLowerCase())), word];
    }
    const command = findCommand(word.replace(/^\//, ''));
    const fragment = rest.join(' ');
    if (command?.name === 'help') {
      return [COMMANDS.map((c) => c.name).filter((n) => n.startsWith(fragment.toLowerCase())), fragment];
    }
    if (!command?.options.some((o) => o.name === 'person')) return [[], fragment];
    const people = index().completePeople(fragment, 25);
    const names = people.flatMap((p) => [p.name.toLowerCase(), p.name.split(' ')[0]!.toLowerCase()]);
    const fold = fragment.toLowerCase();
    return [[...new Set(names)].filter((n) => n.startsWith(fold)), fragment];
  };
}
