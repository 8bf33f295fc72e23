// Buttons: link buttons (only acknowledged), follow-up / "which one?" buttons (asked as if typed,
// answered beside the old message, in its thread if it is in one) and page buttons (re-answered from
// the question they carry). Buttons on the App Home tab come without a response_url: a follow-up is
// answered in the app's DM with the clicker, and a page turn re-publishes the Home tab at that page.
import type { Invocation } from '../../engine/invocation.js';
import { homeView } from './home-view.js';
import { decodePageValue } from './page-value.js';
import type { RegisterSurface } from './slack-surface.js';
import { slackMessage } from './slack-surface.js';

const EXPIRED = 'That answer has expired: ask again to page through it.';

interface ClickedOn {
  response_url?: unknown;
  message?: { thread_ts?: unknown };
  container?: { type?: unknown; thread_ts?: unknown };
  view?: { type?: unknown };
}

/** The thread the clicked message is in (its parent's ts), if it is in one. */
function threadOf(clicked: object): string | undefined {
  const body = clicked as ClickedOn;
  const thread = body.message?.thread_ts ?? body.container?.thread_ts;
  return typeof thread === 'string' ? thread : undefined;
}

/** A click on the App Home tab (or another view): there is no message to answer beside. */
const onHomeTab = (body: object) => typeof (body as ClickedOn).response_url !== 'string';

export const registerSlackActions: RegisterSurface = (app, surface) => {
  const askerOf = (body: { user: { id: string }; team?: { id: string } | null }) => ({
    platform: 'slack' as const,
    user: { id: body.user.id },
    ...(body.team?.id ? { community: body.team.id } : {}),
  });

  app.action(/^pa_link_/, async ({ ack }) => {
    await ack();
  });

  app.action(/^pa_run_\d+$/, async ({ ack, action, body, respond, client }) => {
    await ack();
    const line = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const answered = await surface.dispatch.ask(line || 'help', askerOf(body), { requestId: body.user.id });
    const message = slackMessage(answered, surface.commandPrefix);
    if (onHomeTab(body)) {
      const { response_type: _aDmIsPrivate, ...dm } = message;
      await client.chat.postMessage({ ...dm, channel: body.user.id });
      return;
    }
    // A button on an answer in a thread answers in that thread (Slack's response_url takes thread_ts).
    const thread = threadOf(body);
    await respond({ ...message, replace_original: false, ...(thread ? { thread_ts: thread } : {}) });
  });

  app.action(/^pa_page_(prev|next)$/, async ({ ack, action, body, respond, client }) => {
    await ack();
    const target = decodePageValue('value' in action && typeof action.value === 'string' ? action.value : '');
    const home = onHomeTab(body);
    if (!target) {
      if (!home) await respond({ response_type: 'ephemeral', replace_original: false, text: EXPIRED });
      return;
    }
    const invocation: Invocation = { ...target.question, ...askerOf(body) };
    const reply = await surface.dispatch.answer(invocation, { requestId: body.user.id });
    const answered = { invocation, reply };
    if (home) {
      const view = homeView(answered, surface.commandPrefix, target.page);
      await client.views.publish({ user_id: body.user.id, view });
      return;
    }
    const { response_type: _keep, ...message } = slackMessage(answered, surface.commandPrefix, target.page);
    await respond({ ...message, replace_original: true });
  });
};
