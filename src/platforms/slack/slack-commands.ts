// Slash commands (one per command in commands/, with the configured prefix): answered in the ack.
import { COMMANDS } from '../../../commands/index.js';
import type { RegisterSurface } from './slack-surface.js';
import { slackMessage } from './slack-surface.js';
import { commandLine } from './slack-text.js';

export const registerSlackCommands: RegisterSurface = (app, surface) => {
  for (const { name } of COMMANDS) {
    app.command(`/${surface.commandPrefix}${name}`, async ({ command, ack }) => {
      const text = await surface.resolveMentions(command.text);
      const asker = {
        platform: 'slack' as const,
        user: { id: command.user_id, name: command.user_name },
        community: command.team_id,
      };
      const answered = await surface.dispatch.ask(commandLine(name, text), asker, {
        requestId: command.trigger_id,
      });
      await ack(slackMessage(answered, surface.commandPrefix));
    });
  }
};
