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

/** Where to answer beside the clicked message; none for a click on the App Home tab (or another view). */
function responseUrlOf(body: object): string | undefined {
  const url = (body as ClickedOn).response_url;
  return typeof url === 'string' ? url : undefined;
}

export const registerSlackActions: RegisterSurface = (app, surface) => {
  const askerOf = (body: { user: { id: string }; team?: { id: string } | null }) => ({
    platform: 'slack' as const,
    user: { id: body.user.id },
    ...(body.team?.id ? { community: body.team.id } : {}),
  });

  app.action(/^pa_link_/, async ({ ack }) => {
    await ack();
  });

  app.action(/^pa_run_\d+$/, async ({ ack, action, body, client }) => {
    await ack();
    const line = 'value' in action && typeof action.value === 'string' ? action.value : '';
    const answered = await surface.dispatch.ask(line || 'help', askerOf(body), { requestId: body.user.id });
    const message = slackMessage(answered, surface.commandPrefix);
    const responseUrl = responseUrlOf(body);
    if (!responseUrl) {
      const { response_type: _aDmIsPrivate, ...dm } = message;
      await client.chat.postMessage({ ...dm, channel: body.user.id });
      return;
    }
    // A button on an answer in a thread answers in that thread (Slack's response_url takes thread_ts).
    const thread = threadOf(body);
    const reply = { ...message, replace_original: false, ...(thread ? { thread_ts: thread } : {}) };
    await surface.respondAt(responseUrl, reply, `button "${line || 'help'}"`);
  });

  app.action(/^pa_page_(prev|next)$/, async ({ ack, action, body, client }) => {
    await ack();
    const target = decodePageValue('value' in action && typeof action.value === 'string' ? action.value : '');
    const responseUrl = responseUrlOf(body);
    const what = `page button ${'action_id' in action ? action.action_id : ''}`;
    if (!target) {
      const expired = { response_type: 'ephemeral', replace_original: false, text: EXPIRED };
      if (responseUrl) await surface.respondAt(responseUrl, expired, what);
      return;
    }
    const invocation: Invocation = { ...target.question, ...askerOf(body) };
    const reply = await surface.dispatch.answer(invocation, { requestId: body.user.id });
    const answered = { invocation, reply };
    if (!responseUrl) {
      const view = homeView(answered, surface.commandPrefix, target.page);
      await client.views.publish({ user_id: body.user.id, view });
      return;
    }
    const { response_type: _keep, ...message } = slackMessage(answered, surface.commandPrefix, target.page);
    await surface.respondAt(responseUrl, { ...message, replace_original: true }, what);
  });
};
