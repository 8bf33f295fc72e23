// Each Slack surface (commands, conversation, actions, App Home) on a real Bolt App, driven through
// Bolt's Receiver interface: what reaches dispatch, what is acknowledged, what is sent to Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../../../src/engine/reply.js';
import { encodePageValue } from '../../../../src/platforms/slack/page-value.js';
import { registerSlackActions } from '../../../../src/platforms/slack/slack-actions.js';
import { registerSlackAppHome } from '../../../../src/platforms/slack/slack-app-home.js';
import { registerSlackCommands } from '../../../../src/platforms/slack/slack-commands.js';
import {
  EPHEMERAL_REFUSED,
  registerSlackConversation,
} from '../../../../src/platforms/slack/slack-conversation.js';
import { FakeSlack } from '../../../e2e/fakes/fake-slack.js';
import { REPLY_CORPUS } from '../../render/reply-corpus.js';
import { surfaceOnBolt } from './bolt-test-receiver.js';

const corpus = (name: string): Reply => REPLY_CORPUS.find((r) => r.name === name)!.reply;
const skills = corpus('skills');
const contact = corpus('contact');
const people = corpus('people');

let fake: FakeSlack;
beforeAll(async () => {
  fake = new FakeSlack();
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

const event = (inner: Record<string, unknown>, id: string) => ({
  type: 'event_callback',
  team_id: 'T1',
  api_app_id: 'A1',
  event_id: id,
  event_time: 1,
  event: inner,
});

describe('Slack slash commands', () => {
  it('ask dispatch the command line with the asker and answer in the ack', async () => {
    const { receiver, calls } = surfaceOnBolt(registerSlackCommands, fake, () => skills, {
      commandPrefix: 'pa-',
    });
    const { acked, response } = await receiver.deliver({
      command: '/pa-skills',
      text: '<@U777>',
      user_id: 'U1',
      user_name: 'sam',
      team_id: 'T1',
      channel_id: 'C1',
      trigger_id: 'trig-1',
      response_url: fake.responseUrl('cmd'),
    });
    expect(calls).toEqual([
      {
        kind: 'ask',
        line: '/skills Rajat',
        asker: { platform: 'slack', user: { id: 'U1', name: 'sam' }, community: 'T1' },
        meta: { requestId: 'trig-1' },
      },
    ]);
    expect(acked).toBe(true);
    expect(JSON.stringify(response)).toContain('Rust, Go');
  });

  it('ignore a slash command without the configured prefix', async () => {
    const { receiver, calls } = surfaceOnBolt(registerSlackCommands, fake, () => skills, {
      commandPrefix: 'pa-',
    });
    await receiver.deliver({ command: '/skills', text: 'x', user_id: 'U1', team_id: 'T1', trigger_id: 't' });
    expect(calls).toEqual([]);
  });

  it('read a command or mention whose payload lacks its text, or holds no string there, as empty', async () => {
    // It threw in the mention reader: the command was never acknowledged.
    const commands = surfaceOnBolt(registerSlackCommands, fake, () => skills);
    for (const text of [undefined, null, { a: 1 }]) {
      const { acked } = await commands.receiver.deliver({
        command: '/skills',
        text,
        user_id: 'U1',
        trigger_id: 't',
      });
      expect(acked).toBe(true);
    }
    expect(commands.calls.map((c) => c.kind === 'ask' && c.line)).toEqual(['/skills', '/skills', '/skills']);
    const mentions = surfaceOnBolt(registerSlackConversation, fake, () => skills);
    await mentions.receiver.deliver(
      event({ type: 'app_mention', channel: 'C9', user: 'U9', ts: '9.1' }, 'E90'),
    );
    await mentions.receiver.deliver(
      event({ type: 'message', channel_type: 'im', channel: 'D9', user: 'U9', text: 5, ts: '9.2' }, 'E91'),
    );
    expect(mentions.calls.map((c) => c.kind === 'ask' && c.line)).toEqual(['help', 'help']);
  });
});

describe('Slack messages and mentions', () => {
  it('answer a direct message with a message in the same conversation', async () => {
    const { receiver, calls } = surfaceOnBolt(registerSlackConversation, fake, () => skills);
    await receiver.deliver(
      event(
        { type: 'message', channel_type: 'im', channel: 'D1', user: 'U1', text: 'skills', ts: '1.1' },
        'E1',
      ),
    );
    expect(calls[0]).toMatchObject({
      kind: 'ask',
      line: 'skills',
      asker: { user: { id: 'U1' }, community: 'T1' },
    });
    const posted = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D1');
    expect(JSON.stringify(posted.body)).toContain('Rust, Go');
  });

  it('ignore messages from bots and channel messages that do not mention the bot', async () => {
    const { receiver, calls } = surfaceOnBolt(registerSlackConversation, fake, () => skills);
    await receiver.deliver(
      event(
        { type: 'message', channel_type: 'im', channel: 'D2', bot_id: 'B1', text: 'hi', ts: '1.2' },
        'E2',
      ),
    );
    await receiver.deliver(
      event(
        { type: 'message', channel_type: 'channel', channel: 'C2', user: 'U1', text: 'hi', ts: '1.3' },
        'E3',
      ),
    );
    expect(calls).toEqual([]);
  });

  it('send contact details asked for by a mention to the asker only, in the thread', async () => {
    const { receiver } = surfaceOnBolt(registerSlackConversation, fake, () => contact);
    await receiver.deliver(
      event({ type: 'app_mention', channel: 'C3', user: 'U3', text: '<@UBOT> contact', ts: '2.1' }, 'E4'),
    );
    const sent = await fake.waitFor((c) => c.method === 'chat.postEphemeral' && c.body['channel'] === 'C3');
    expect(sent.body).toMatchObject({ user: 'U3', thread_ts: '2.1' });
    expect(fake.calls.some((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'C3')).toBe(false);
  });

  it('say publicly that it could not answer privately when Slack refuses the ephemeral message', async () => {
    fake.notInChannel.add('U4');
    const { receiver } = surfaceOnBolt(registerSlackConversation, fake, () => contact);
    await receiver.deliver(
      event({ type: 'app_mention', channel: 'C4', user: 'U4', text: '<@UBOT> contact', ts: '3.1' }, 'E5'),
    );
    const said = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'C4');
    expect(said.body).toMatchObject({ text: EPHEMERAL_REFUSED, thread_ts: '3.1' });
    expect(JSON.stringify(said.body)).not.toContain('rajdipgupta019');
  });
});

describe('Slack buttons', () => {
  const click = (actionId: string, value: string, responseId: string) => ({
    type: 'block_actions',
    user: { id: 'U5', name: 'sam' },
    team: { id: 'T1' },
    api_app_id: 'A1',
    token: 'x',
    trigger_id: 'trig',
    response_url: fake.responseUrl(responseId),
    container: { type: 'message', message_ts: '4.1', channel_id: 'C5' },
    channel: { id: 'C5', name: 'general' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '4.2' }],
  });

  it('ask the line a follow-up button carries and answer beside the old message', async () => {
    const { receiver, calls } = surfaceOnBolt(registerSlackActions, fake, () => skills);
    const { acked } = await receiver.deliver(click('pa_run_0', '/skills rajat', 'run'));
    expect(acked).toBe(true);
    expect(calls[0]).toMatchObject({ kind: 'ask', line: '/skills rajat', asker: { user: { id: 'U5' } } });
    const responded = await fake.waitFor((c) => c.method === 'response:run');
    expect(responded.body).toMatchObject({ replace_original: false });
  });

  it('re-answer the stored question for the page asked, replacing the message', async () => {
    const { receiver, calls } = surfaceOnBolt(registerSlackActions, fake, () => skills);
    const value = encodePageValue({ command: 'skills', args: { person: 'rajat' } }, 1);
    await receiver.deliver(click('pa_page_next', value, 'page'));
    expect(calls[0]).toMatchObject({
      kind: 'answer',
      invocation: { platform: 'slack', command: 'skills', args: { person: 'rajat' }, user: { id: 'U5' } },
    });
    expect((await fake.waitFor((c) => c.method === 'response:page')).body).toMatchObject({
      replace_original: true,
    });
  });

  it('say the answer expired when a page button carries no readable question', async () => {
    const { receiver, calls } = surfaceOnBolt(registerSlackActions, fake, () => skills);
    await receiver.deliver(click('pa_page_prev', 'not-a-page-value', 'expired'));
    expect(calls).toEqual([]);
    const responded = await fake.waitFor((c) => c.method === 'response:expired');
    expect(responded.body).toMatchObject({
      response_type: 'ephemeral',
      text: expect.stringMatching(/expired/),
    });
  });

  it('only acknowledge a link button', async () => {
    const { receiver, calls } = surfaceOnBolt(registerSlackActions, fake, () => skills);
    expect((await receiver.deliver(click('pa_link_0', 'https://example.com', 'link'))).acked).toBe(true);
    expect(calls).toEqual([]);
  });
});

describe('Slack App Home', () => {
  it('publish the people answer when the home tab is opened', async () => {
    const { receiver, calls } = surfaceOnBolt(registerSlackAppHome, fake, () => people);
    await receiver.deliver(event({ type: 'app_home_opened', user: 'U6', channel: 'D6', tab: 'home' }, 'E6'));
    expect(calls[0]).toMatchObject({ kind: 'answer', invocation: { command: 'people', user: { id: 'U6' } } });
    const published = await fake.waitFor((c) => c.method === 'views.publish' && c.body['user_id'] === 'U6');
    expect(published.body['view']).toMatchObject({ type: 'home' });
  });

  it('publish nothing when the messages tab is opened', async () => {
    const { receiver, calls } = surfaceOnBolt(registerSlackAppHome, fake, () => people);
    await receiver.deliver(
      event({ type: 'app_home_opened', user: 'U7', channel: 'D7', tab: 'messages' }, 'E7'),
    );
    expect(calls).toEqual([]);
  });
});
