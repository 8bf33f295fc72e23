// Buttons: link buttons (only acknowledged), follow-up / "which one?" buttons (asked as if typed,
// answered beside the old message, in its thread if it is in one) and page buttons (re-answered from the question they carry).
import type { Invocation } from '../../engine/invocation.js';
import { decodePageValue } from './page-value.js';
import type { RegisterSurface } from './slack-surface.js';
import { slackMessage } from './slack-surface.js';

const EXPIRED = 'That answer has expired: ask again to page through it.';

/** The thread the clicked message is in (its parent's ts), if it is in one. */
function threadOf(body: object): string | undefined {
  const { message, container } = body as {
    message?: { thread_ts?: unknown };
    container?: { thread_ts?: unknown };
  };
  const thread = message?.thread_ts ?? container?.thread_ts;
  return typeof thread === 'string' ? thread : undefined;
}

export const registerSlackActions: RegisterSurface = (app, surface) => {
  app.action(/^pa_link_/, async ({ ack }) => {
    await ack();
  });

  app.action(/^pa_run_\d+$/, async ({ ack, action, body, respond }) => {
    await ack();
    const line = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const team = body.team?.id;
    const asker = {
      platform: 'slack' as const,
      user: { id: body.user.id },
      ...(team ? { community: team } : {}),
    };
    const answered = await surface.dispatch.ask(line || 'help', asker, { requestId: body.user.id });
    // A button on an answer in a thread answers in that thread (Slack's response_url takes thread_ts).
    const thread = threadOf(body);
    await respond({
      ...slackMessage(answered, surface.commandPrefix),
      replace_original: false,
      ...(thread ? { thread_ts: thread } : {}),
    });
  });

  app.action(/^pa_page_(prev|next)$/, async ({ ack, action, body, respond }) => {
    await ack();
    const target = decodePageValue('value' in action && typeof action.value === 'string' ? action.value : '');
    if (!target) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: EXPIRED });
      return;
    }
    const team = body.team?.id;
    const invocation: Invocation = {
      platform: 'slack',
      ...target.question,
      user: { id: body.user.id },
      ...(team ? { community: team } : {}),
    };
    const reply = await surface.dispatch.answer(invocation, { requestId: body.user.id });
    const { response_type: _keep, ...message } = slackMessage(
      { invocation, reply },
      surface.commandPrefix,
      target.page,
    );
    await respond({ ...message, replace_original: true });
  });
};
