// Discord interaction → neutral Invocation / autocomplete request; shared by gateway and HTTP modes.
import { findCommand, isOptionName } from '../../../commands/index.js';
import type { AutocompleteRequest, Invocation } from '../../engine/invocation.js';
import type { Interaction, InteractionOption } from './interaction-schema.js';

function flatOptions(options: readonly InteractionOption[] | undefined): InteractionOption[] {
  return (options ?? []).flatMap((o) => (o.options ? flatOptions(o.options) : [o]));
}

function argsOf(options: readonly InteractionOption[]): Invocation['args'] {
  const args: Invocation['args'] = {};
  for (const option of options) {
    if (isOptionName(option.name) && option.value !== undefined)
      args[option.name] = String(option.value).trim();
  }
  return args;
}

function userOf(interaction: Interaction): Invocation['user'] {
  const user = interaction.member?.user ?? interaction.user;
  return user ? { id: user.id, name: user.global_name ?? user.username } : undefined;
}

/** A slash command; null when the command is not ours (stale registration). */
export function commandInvocation(interaction: Interaction): Invocation | null {
  const command = findCommand(interaction.data?.name ?? '');
  if (!command) return null;
  const invocation: Invocation = {
    platform: 'discord',
    command: command.name,
    args: argsOf(flatOptions(interaction.data?.options)),
  };
  const user = userOf(interaction);
  if (user) invocation.user = user;
  if (interaction.guild_id) invocation.community = interaction.guild_id;
  return invocation;
}

export function autocompleteRequest(interaction: Interaction): AutocompleteRequest | null {
  const command = findCommand(interaction.data?.name ?? '');
  const options = flatOptions(interaction.data?.options);
  const focused = options.find((o) => o.focused);
  if (!command || !focused || !isOptionName(focused.name)) return null;
  return {
    command: command.name,
    option: focused.name,
    value: String(focused.value ?? ''),
    args: argsOf(options),
  };
}

/** Who clicked / asked, and where: for re-running a paged answer under the clicker's name and budget. */
export function askerOf(interaction: Interaction): Pick<Invocation, 'user' | 'community'> {
  const out: Pick<Invocation, 'user' | 'community'> = {};
  const user = userOf(interaction);
  if (user) out.user = user;
  if (interaction.guild_id) out.community = interaction.guild_id;
  return out;
}
