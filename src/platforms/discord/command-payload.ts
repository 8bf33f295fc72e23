// Discord application-command JSON generated from commands/, and the comparison used to sync it.
import { COMMANDS, type CommandDefinition } from '../../../commands/index.js';

const STRING_OPTION = 3;
const CHAT_INPUT = 1;
/** A user context-menu entry (right-click a member → Apps): a name, no description or options. */
export const USER_MENU = 2;

export interface CommandPayload {
  name: string;
  description: string;
  type: number;
  options: { type: number; name: string; description: string; required: boolean; autocomplete: boolean }[];
  /** 0 = guilds, 1 = DMs with the bot: commands work in both. */
  contexts: number[];
}

export function commandPayload(command: CommandDefinition): CommandPayload {
  return {
    name: command.name,
    description: command.description,
    type: CHAT_INPUT,
    options: command.options.map((o) => ({
      type: STRING_OPTION,
      name: o.name,
      description: o.description,
      required: o.required,
      autocomplete: o.complete !== undefined,
    })),
    contexts: [0, 1],
  };
}

function userMenuPayload(command: CommandDefinition): CommandPayload[] {
  if (!command.userMenu) return [];
  return [{ name: command.userMenu, description: '', type: USER_MENU, options: [], contexts: [0, 1] }];
}

/** Every command in order, then the user-menu entries; `commands` is the built-in list unless a test adds one. */
export const commandPayloads = (commands: readonly CommandDefinition[] = COMMANDS): CommandPayload[] => [
  ...commands.map(commandPayload),
  ...commands.flatMap(userMenuPayload),
];

/** The JSON Discord takes: a user-menu entry carries no description or options (discord.js's builder sends none). */
export function wireForm(payload: CommandPayload): Partial<CommandPayload> {
  if (payload.type === CHAT_INPUT) return payload;
  const { description: _none, options: _neither, ...rest } = payload;
  return rest;
}

/** How a command is told apart: Discord allows one name per type ("profile" and a "Profile" menu). */
const keyOf = (c: CommandPayload) => (c.type === CHAT_INPUT ? c.name : `${c.name} (user menu)`);

/** The fields we own, from what Discord returns (it omits false flags and adds ids and versions). */
export function normalizeRegistered(raw: unknown): CommandPayload | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const options = Array.isArray(r['options']) ? (r['options'] as Record<string, unknown>[]) : [];
  return {
    name: String(r['name'] ?? ''),
    description: String(r['description'] ?? ''),
    type: Number(r['type'] ?? CHAT_INPUT),
    options: options.map((o) => ({
      type: Number(o['type']),
      name: String(o['name']),
      description: String(o['description'] ?? ''),
      required: o['required'] === true,
      autocomplete: o['autocomplete'] === true,
    })),
    contexts: Array.isArray(r['contexts']) ? (r['contexts'] as number[]) : [0, 1],
  };
}

export interface CommandDiff {
  added: string[];
  removed: string[];
  changed: { name: string; fields: string[] }[];
}

export function diffCommands(
  registered: readonly CommandPayload[],
  wanted: readonly CommandPayload[],
): CommandDiff {
  const before = new Map(registered.map((c) => [keyOf(c), c]));
  const after = new Map(wanted.map((c) => [keyOf(c), c]));
  const changed: CommandDiff['changed'] = [];
  for (const [name, want] of after) {
    const have = before.get(name);
    if (!have) continue;
    const fields = (['description', 'type', 'options', 'contexts'] as const).filter(
      (field) => JSON.stringify(have[field]) !== JSON.stringify(want[field]),
    );
    if (fields.length > 0) changed.push({ name, fields });
  }
  return {
    added: [...after.keys()].filter((n) => !before.has(n)),
    removed: [...before.keys()].filter((n) => !after.has(n)),
    changed,
  };
}

export const isEmptyDiff = (d: CommandDiff) => d.added.length + d.removed.length + d.changed.length === 0;

const shown = (key: string) => (key.endsWith(' (user menu)') ? key : `/${key}`);

export function describeDiff(d: CommandDiff): string[] {
  return [
    ...d.added.map((n) => `+ ${shown(n)}`),
    ...d.removed.map((n) => `- ${shown(n)}`),
    ...d.changed.map((c) => `~ ${shown(c.name)} (${c.fields.join(', ')})`),
  ];
}
