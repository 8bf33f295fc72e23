// clientReplies: the ways to answer one interaction through discord.js's REST client (gateway mode),
// which queues and waits out 429s itself. Interaction endpoints take the interaction token, not the bot's.
import type { REST } from 'discord.js';
import type { InteractionReplies } from './answer-in-time.js';
import type { Interaction } from './interaction-schema.js';

export function clientReplies(
  rest: REST,
  interaction: Interaction & { token: string },
  applicationId: string | undefined,
): InteractionReplies {
  const webhook: `/${string}` = `/webhooks/${interaction.application_id ?? applicationId}/${interaction.token}`;
  const auth = false;
  return {
    respond: async (body) => {
      await rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, { body, auth });
    },
    editOriginal: async (data) => {
      await rest.patch(`${webhook}/messages/@original`, { body: data, auth });
    },
    deleteOriginal: async () => {
      await rest.delete(`${webhook}/messages/@original`, { auth });
    },
    followUp: async (data) => {
      await rest.post(webhook, { body: data, auth });
    },
  };
}
