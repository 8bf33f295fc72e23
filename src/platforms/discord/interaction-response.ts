// respondToInteraction: one interaction → the callback body Discord expects (PONG, message, update,
// autocomplete choices). Pure apart from dispatch, so gateway and HTTP modes answer identically.
import type { Invocation } from '../../engine/invocation.js';
import type { Reply } from '../../engine/reply.js';
import { RUN_PREFIX, renderDiscord } from '../../render/discord.js';
import { DISCORD, fitLabel } from '../../render/limits.js';
import { pageQuestion } from '../page-question.js';
import type { Dispatch } from '../platform.js';
import type { LookUpUsers } from './discord-users.js';
import { userMenuInvocation, withMentionedArgs } from './interaction-accounts.js';
import { CallbackType, type Interaction, InteractionType, USER_MENU_TYPE } from './interaction-schema.js';
import type { PageTokens } from './page-token.js';
import { askerOf, autocompleteRequest, commandInvocation } from './to-invocation.js';

export type CallbackBody = { type: number; data?: Record<string, unknown> };

/** A short ephemeral note (expired page, unknown command, apology). */
export function notice(content: string): CallbackBody {
  return { type: CallbackType.Message, data: { content, flags: 64, allowed_mentions: { parse: [] } } };
}

type Answered = { invocation: Invocation; reply: Reply };

async function render({ invocation, reply }: Answered, tokens: PageTokens, page = 0) {
  const question = pageQuestion(invocation, reply);
  const { payload } = renderDiscord(reply, { page, pageButtonId: (p) => tokens.encode(question, p) });
  // A page button may be clicked on another replica: its question must be stored before it is shown.
  await tokens.saved();
  return payload;
}

/** Answers a structured invocation through dispatch. */
async function answered(
  invocation: Invocation,
  interaction: Interaction,
  dispatch: Dispatch,
): Promise<Answered> {
  return { invocation, reply: await dispatch.answer(invocation, { requestId: interaction.id }) };
}

/** The member a user-menu entry was opened on, answered only to the clicker (a look at a colleague). */
async function userMenuAnswer(interaction: Interaction, dispatch: Dispatch, tokens: PageTokens) {
  const invocation = userMenuInvocation(interaction);
  if (!invocation) return notice('I don’t know that menu entry (yet). Try `/help`.');
  const { reply } = await answered(invocation, interaction, dispatch);
  const data = await render({ invocation, reply: { ...reply, ephemeral: true } }, tokens);
  return { type: CallbackType.Message, data: { ...data } };
}

/** `lookUp`: who a mention typed into a text option is (gateway mode); without it, mentions match by id. */
export async function respondToInteraction(
  interaction: Interaction,
  dispatch: Dispatch,
  tokens: PageTokens,
  lookUp?: LookUpUsers,
): Promise<CallbackBody> {
  const meta = { requestId: interaction.id };
  const asker = { platform: 'discord' as const, ...askerOf(interaction) };
  switch (interaction.type) {
    case InteractionType.Ping:
      return { type: CallbackType.Pong };
    case InteractionType.Command: {
      if (interaction.data?.type === USER_MENU_TYPE) return userMenuAnswer(interaction, dispatch, tokens);
      const named = commandInvocation(interaction);
      if (!named) return notice('I don’t know that command (yet). Try `/help`.');
      const invocation = await withMentionedArgs(named, interaction, lookUp);
      return {
        type: CallbackType.Message,
        data: { ...(await render(await answered(invocation, interaction, dispatch), tokens)) },
      };
    }
    case InteractionType.Autocomplete: {
      const request = autocompleteRequest(interaction);
      const choices = request ? await dispatch.autocomplete(request, asker, meta) : [];
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
        const asked = await dispatch.ask(customId.slice(RUN_PREFIX.length), asker, meta);
        return { type: CallbackType.Message, data: { ...(await render(asked, tokens)) } };
      }
      const target = await tokens.decode(interaction.data?.custom_id ?? '');
      if (!target) return notice('That answer has expired: ask again to page through it.');
      const invocation: Invocation = { ...target.question, ...asker };
      const { flags: _ephemeralStaysAsItWas, ...payload } = await render(
        await answered(invocation, interaction, dispatch),
        tokens,
        target.page,
      );
      return { type: CallbackType.UpdateMessage, data: { ...payload } };
    }
    default:
      return notice('This kind of interaction is not supported.');
  }
}
