// The real Bolt app in Socket Mode against a fake Slack: commands answered in the envelope ack, events,
// a retried envelope answered once, App Home buttons (no response_url there), and a reconnect after the socket drops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePageValue } from '../../../src/platforms/slack/page-value.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import { eventCallback, slashCommand, startSlack } from './slack-harness.js';

const fake = new FakeSlack();
const reconnects = { count: 0 };
let slack: Awaited<ReturnType<typeof startSlack>>;

beforeAll(async () => {
  await fake.start();
  slack = await startSlack(fake, 'socket', reconnects);
});
afterAll(async () => {
  await slack.close();
  await fake.stop();
});

let n = 0;
const command = (name: string, text: string) => {
  n += 1;
  return fake.send({
    envelope_id: `env-cmd-${n}`,
    type: 'slash_commands',
    accepts_response_payload: true,
    payload: slashCommand(name, text, fake.responseUrl(`s${n}`)),
  });
};

describe('Slack Socket Mode', () => {
  it('connects with the app token and is ready', () => {
    expect(fake.calls.some((c) => c.method === 'apps.connections.open')).toBe(true);
    expect(slack.platform.isReady()).toBe(true);
  });

  it('answers a slash command in the envelope ack', async () => {
    const ack = (await command('/skills', 'rajat')) as {
      payload: { blocks: { text?: { text: string } }[]; response_type: string };
    };
    expect(ack.payload.response_type).toBe('in_channel');
    expect(JSON.stringify(ack.payload.blocks)).toContain('Django');
  });

  it('answers a DM event once, even when Slack retries the envelope', async () => {
    const payload = eventCallback('Ev0SOCK', {
      type: 'message',
      channel_type: 'im',
      channel: 'D0SOCK',
      user: 'U0ASKER',
      text: 'tell me about rajdeep',
      ts: '1700000000.000600',
    });
    await fake.send({ envelope_id: 'env-ev-1', type: 'events_api', payload });
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D0SOCK');
    await fake.send({ envelope_id: 'env-ev-2', type: 'events_api', payload, retry_attempt: 1 });
    await new Promise((r) => setTimeout(r, 300));
    expect(
      fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D0SOCK'),
    ).toHaveLength(1);
  });

  it('publishes the App Home listing the people', async () => {
    const payload = eventCallback('Ev0HOME', {
      type: 'app_home_opened',
      user: 'U0ASKER',
      channel: 'D0HOME',
      tab: 'home',
    });
    await fake.send({ envelope_id: 'env-home', type: 'events_api', payload });
    const call = await fake.waitFor((c) => c.method === 'views.publish');
    expect(JSON.stringify(call.body['view'])).toContain('Rajdeep Sengupta');
  });

  it('answers a follow-up button on the App Home tab in a DM to the clicker (no response_url there)', async () => {
    await fake.send({
      envelope_id: 'env-home-run',
      type: 'interactive',
      payload: homeClick('pa_run_0', '/skills rajat'),
    });
    const call = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'U0HOME');
    expect(JSON.stringify(call.body['blocks'])).toContain('Rajat Jog');
  });

  it('turns a page of the App Home tab by publishing the tab again', async () => {
    const before = fake.calls.filter((c) => c.method === 'views.publish').length;
    const value = encodePageValue({ command: 'people', args: {} }, 0);
    await fake.send({
      envelope_id: 'env-home-page',
      type: 'interactive',
      payload: homeClick('pa_page_next', value),
    });
    const call = await fake.waitFor(
      (c) =>
        c.method === 'views.publish' &&
        fake.calls.filter((d) => d.method === 'views.publish').indexOf(c) >= before,
    );
    expect(call.body['user_id']).toBe('U0HOME');
    expect(JSON.stringify(call.body['view'])).toContain('Rajdeep Sengupta');
  });

  it('reconnects after the socket drops and answers again', async () => {
    const next = fake.nextConnection();
    fake.dropSocket();
    await next;
    await new Promise((r) => setTimeout(r, 100));
    const ack = (await command('/whoknows', 'rust')) as { payload: { blocks: unknown[] } };
    expect(JSON.stringify(ack.payload.blocks)).toContain('Rajdeep Sengupta');
    expect(fake.connections).toBe(2);
    expect(reconnects.count).toBe(1);
  });
});

/** A button clicked on the App Home tab: a view container, and no response_url. */
function homeClick(actionId: string, value: string) {
  return {
    type: 'block_actions',
    user: { id: 'U0HOME', username: 'asker', team_id: 'T0FAKE' },
    team: { id: 'T0FAKE', domain: 'fake' },
    api_app_id: 'A0FAKE',
    token: 'legacy',
    trigger_id: `trigger-${actionId}`,
    container: { type: 'view', view_id: 'V0HOME' },
    view: { id: 'V0HOME', type: 'home', blocks: [] },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1.1' }],
  };
}
