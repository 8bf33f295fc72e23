// Free text in DMs and @mentions in channels, answered in the thread asked in. Contact details asked for by a mention go to the asker
// only (ephemeral, in the same channel and thread); if Slack refuses that, nothing private is posted.
import { isForAskerOnly } from '../for-asker-only.js';
import type { RegisterSurface, SlackSurface } from './slack-surface.js';
import { slackMessage } from './slack-surface.js';
import { payloadText } from './slack-text.js';

export const EPHEMERAL_REFUSED =
  "I couldn't show you that privately here. Ask me in a DM, or use the slash command (only you will see the answer).";

async function freeText(
  surface: SlackSurface,
  text: string,
  user: string,
  team: string | undefined,
  requestId: string,
) {
  const { text: clean, accounts } = await surface.readMentions(text);
  const asker = {
    platform: 'slack' as const,
    user: { id: user },
    ...(team ? { community: team } : {}),
    ...(accounts.length > 0 ? { accounts } : {}),
  };
  const answered = await surface.dispatch.ask(clean || 'help', asker, { requestId });
  const { response_type: _channelMessagesAreVisible, ...message } = slackMessage(
    answered,
    surface.commandPrefix,
  );
  return { message, personal: isForAskerOnly(answered.reply) };
}

export const registerSlackConversation: RegisterSurface = (app, surface) => {
  app.message(async ({ message, say, body }) => {
    if (message.channel_type !== 'im' || message.subtype !== undefined || 'bot_id' in message) return;
    const team = (body as { team_id?: string }).team_id;
    const answer = (await freeText(surface, payloadText(message.text), message.user, team, message.ts))
      .message;
    // Asked in a thread of the DM: answered in that thread, not under the whole conversation.
    await say(message.thread_ts ? { ...answer, thread_ts: message.thread_ts } : answer);
  });

  app.event('app_mention', async ({ event, say, body, client }) => {
    if ('bot_id' in event && event.bot_id) return;
    const team = (body as { team_id?: string }).team_id;
    const { message, personal } = await freeText(
      surface,
      payloadText(event.text),
      event.user ?? 'unknown',
      team,
      event.ts,
    );
    const thread_ts = event.thread_ts ?? event.ts;
    if (!personal) {
      await say({ ...message, thread_ts });
      return;
    }
    try {
      if (!event.user) throw new Error('app_mention without a user');
      await client.chat.postEphemeral({ ...message, channel: event.channel, user: event.user, thread_ts });
    } catch (error) {
      surface.log.info(
        { err: error, channel: event.channel },
        'slack ephemeral refused; contact details not sent',
      );
      await say({ text: EPHEMERAL_REFUSED, thread_ts });
    }
  });
};
