// Slash commands (one per command in commands/, with the configured prefix). The answer is the ack
// when it is ready in time; Slack waits 3 s for the ack, so a slow answer is acked empty first and
// then sent to the command's response_url (usable five times in 30 minutes), retried when Slack refuses it.
import { COMMANDS } from '../../../commands/index.js';
import { LATE, within } from '../within.js';
import type { RegisterSurface } from './slack-surface.js';
import { slackMessage } from './slack-surface.js';
import { commandLine, payloadText } from './slack-text.js';

/** Leaves a second of Slack's 3 for the ack to get there. */
export const ACK_AFTER_MS = 2000;

export const registerSlackCommands: RegisterSurface = (app, surface) => {
  for (const { name } of COMMANDS) {
    app.command(`/${surface.commandPrefix}${name}`, async ({ command, ack }) => {
      const answer = (async () => {
        const { text, accounts } = await surface.readMentions(payloadText(command.text));
        const asker = {
          platform: 'slack' as const,
          user: { id: command.user_id, name: command.user_name },
          community: command.team_id,
          ...(accounts.length > 0 ? { accounts } : {}),
        };
        const answered = await surface.dispatch.ask(commandLine(name, text), asker, {
          requestId: command.trigger_id,
        });
        return slackMessage(answered, surface.commandPrefix);
      })();
      const ready = await within(answer, surface.ackAfterMs ?? ACK_AFTER_MS);
      if (ready !== LATE) return ack(ready);
      await ack();
      await surface.respondAt(command.response_url, await answer, command.command);
    });
  }
};
