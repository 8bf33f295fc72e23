// respondToInteraction: one interaction → the callback body Discord expects (PONG, message, update,
// autocomplete choices). Pure apart from dispatch, so gateway and HTTP modes answer identically.
import type { PlatformDeps } from '../../app/platform.js';
import type { Invocation } from '../../engine/invocation.js';
import { RUN_PREFIX, renderDiscord } from '../../render/discord.js';
import { DISCORD, fitLabel } from '../../render/limits.js';
import { CallbackType, type Interaction, InteractionType } from './interaction-schema.js';
import type { PageTokens } from './page-token.js';
import { askerOf, autocompleteRequest, commandInvocation } from './to-invocation.js';

export type CallbackBody = { type: number; data?: Record<string, unknown> };

/** A short ephemeral note (expired page, unknown command, apology). */
export function notice(content: string): CallbackBody {
  return { type: CallbackType.Message, data: { content, flags: 64, allowed_mentions: { parse: [] } } };
}

async function answer(
  invocation: Invocation,
  interaction: Interaction,
  deps: Pick<PlatformDeps, 'dispatch'>,
  tokens: PageTokens,
  page = 0,
) {
  const reply = await deps.dispatch(invocation, { requestId: interaction.id });
  const { payload } = renderDiscord(reply, { page, pageButtonId: (p) => tokens.encode(invocation, p) });
  // A page button may be clicked on another replica: its question must be stored before it is shown.
  await tokens.saved();
  return payload;
}

export async function respondToInteraction(
  interaction: Interaction,
  deps: Pick<PlatformDeps, 'dispatch' | 'engine'>,
  tokens: PageTokens,
): Promise<CallbackBody> {
  switch (interaction.type) {
    case InteractionType.Ping:
      return { type: CallbackType.Pong };
    case InteractionType.Command: {
      const invocation = commandInvocation(interaction);
      if (!invocation) return notice('I don’t know that command (yet). Try `/help`.');
      return {
        type: CallbackType.Message,
        data: { ...(await answer(invocation, interaction, deps, tokens)) },
      };
    }
    case InteractionType.Autocomplete: {
      const request = autocompleteRequest(interaction);
      const choices = request ? deps.engine.autocomplete(request) : [];
      return {
        type: CallbackType.Autocomplete,
        data: {
          choices: choices.slice(0, DISCORD.autocompleteChoices).map((c) => ({
            name: fitLabel(c.name, DISCORD.choiceName),
            value: c.value.slice(0, DISCORD.choiceValue),
          })),
        },
      };
    }
    case InteractionType.Component: {
      const customId = interaction.data?.custom_id ?? '';
      if (customId.startsWith(RUN_PREFIX)) {
        // A follow-up or "which one?" button: asked as if the user had typed it, answered as a new message.
        const invocation = deps.engine.parse(customId.slice(RUN_PREFIX.length), {
          platform: 'discord',
          ...askerOf(interaction),
        });
        return {
          type: CallbackType.Message,
          data: { ...(await answer(invocation, interaction, deps, tokens)) },
        };
      }
      const target = await tokens.decode(interaction.data?.custom_id ?? '');
      if (!target) return notice('That answer has expired: ask again to page through it.');
      const invocation: Invocation = { platform: 'discord', ...target.question, ...askerOf(interaction) };
      const { flags: _ephemeralStaysAsItWas, ...payload } = await answer(
        invocation,
        interaction,
        deps,
        tokens,
        target.page,
      );
      return { type: CallbackType.UpdateMessage, data: { ...payload } };
    }
    default:
      return notice('This kind of interaction is not supported.');
  }
}
