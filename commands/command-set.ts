// A list of command definitions checked as a whole and indexed by command and option name: what the
// parser, autocomplete, page tokens and registrations read instead of naming commands themselves.
import type { CommandDefinition, CommandOption } from './define-command.js';

export interface CommandSet<D extends CommandDefinition = CommandDefinition> {
  /** In `order`: /help, the Slack manifest and Discord registration list them so. */
  readonly list: readonly D[];
  /** Case-insensitive, as users type them. */
  find(name: string): D | undefined;
  /** Exact (lowercase) name. */
  has(name: string): boolean;
  /** Every option name any command declares, first use first. */
  readonly optionNames: readonly string[];
  /** The option by name (the same everywhere: checked here). */
  option(name: string): CommandOption | undefined;
  /** The command a Discord user-menu entry runs, by the entry's name. */
  byUserMenu(name: string): D | undefined;
}

/** Options with one name must read, cap and complete alike: page tokens and limits go by name alone. */
const SHARED_FIELDS = ['complete', 'maxLength', 'read'] as const;

/** Throws on clashing names, orders or option declarations: a bad list stops startup and fails tests. */
export function commandSet<D extends CommandDefinition>(definitions: readonly D[]): CommandSet<D> {
  const list = [...definitions].sort((a, b) => a.order - b.order);
  const byName = new Map<string, D>();
  const options = new Map<string, { option: CommandOption; command: string }>();
  const orders = new Map<number, string>();
  const menus = new Map<string, string>();
  for (const command of list) {
    if (byName.has(command.name)) throw new Error(`two commands are called "${command.name}"`);
    byName.set(command.name, command);
    const sameOrder = orders.get(command.order);
    if (sameOrder) throw new Error(`"${command.name}" and "${sameOrder}" both have order ${command.order}`);
    orders.set(command.order, command.name);
    const menu = command.userMenu?.toLowerCase();
    if (menu && menus.has(menu))
      throw new Error(`"${command.name}" and "${menus.get(menu)}" both have user menu "${command.userMenu}"`);
    if (menu) menus.set(menu, command.name);
    for (const option of command.options) {
      const first = options.get(option.name);
      if (!first) {
        options.set(option.name, { option, command: command.name });
        continue;
      }
      const differs = SHARED_FIELDS.filter((field) => first.option[field] !== option[field]);
      if (differs.length > 0) {
        throw new Error(
          `option "${option.name}" of "${command.name}" differs from "${first.command}" in ${differs.join(', ')}`,
        );
      }
    }
  }
  return {
    list,
    find: (name) => byName.get(name.toLowerCase()),
    has: (name) => byName.has(name),
    optionNames: [...options.keys()],
    option: (name) => options.get(name)?.option,
    byUserMenu: (name) => {
      const command = menus.get(name.toLowerCase());
      return command === undefined ? undefined : byName.get(command);
    },
  };
}
