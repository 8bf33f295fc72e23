// The real Bolt app in HTTP mode on the shared server, against a fake Slack: signed slash commands,
// signature checks, url_verification, DMs, mentions, retried deliveries, paging buttons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePageValue } from '../../../src/platforms/slack/page-value.js';
import { FakeSlack } from '../fakes/fake-slack.js';
import {
  eventCallback,
  form,
  messageButtonClick,
  signedPost,
  slashCommand,
  startSlack,
} from './slack-harness.js';

const fake = new FakeSlack();
let slack: Awaited<ReturnType<typeof startSlack>>;

beforeAll(async () => {
  await fake.start();
  slack = await startSlack(fake, 'http');
});
afterAll(async () => {
  await slack.close();
  await fake.stop();
});

type Message = {
  response_type?: string;
  text: string;
  blocks: { type: string; text?: { text: string }; fields?: { text: string }[] }[];
};
const allText = (m: Message) =>
  m.blocks.flatMap((b) => [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)]).join('\n');

describe('Slack HTTP mode', () => {
  it('checks the bot token at start and is ready', () => {
    expect(fake.calls.some((c) => c.method === 'auth.test')).toBe(true);
    expect(slack.platform.isReady()).toBe(true);
  });

  it('answers a signed /skills command in the response body, in the channel', async () => {
    const res = await signedPost(
      slack.url,
      form(slashCommand('/skills', 'rajdeep', fake.responseUrl('1'))),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Message;
    expect(body.response_type).toBe('in_channel');
    expect(body.blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'Rajdeep Sengupta — Skills', emoji: true },
    });
    expect(allText(body)).toContain('Terraform');
  });

  it('answers /contact only to the asker', async () => {
    const res = await signedPost(
      slack.url,
      form(slashCommand('/contact', 'rajdep', fake.responseUrl('2'))),
      'application/x-www-form-urlencoded',
    );
    const body = (await res.json()) as Message;
    expect(body.response_type).toBe('ephemeral');
    expect(allText(body)).toContain('github.com/Rajdip019');
  });

  it('runs a sub-command through the umbrella /profile command', async () => {
    const res = await signedPost(
      slack.url,
      form(slashCommand('/profile', 'whoknows django', fake.responseUrl('3'))),
      'application/x-www-form-urlencoded',
    );
    const body = (await res.json()) as Message;
    expect(allText(body)).toContain('Rajat Jog');
    expect(body.text).toContain('Who knows Django');
  });

  it('refuses a bad signature and a stale timestamp with 401', async () => {
    const body = form(slashCommand('/skills', 'rajat', fake.responseUrl('4')));
    expect(
      (await signedPost(slack.url, body, 'application/x-www-form-urlencoded', { secret: 'wrong' })).status,
    ).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 600;
    expect(
      (await signedPost(slack.url, body, 'application/x-www-form-urlencoded', { timestamp: stale })).status,
    ).toBe(401);
  });

  it('answers url_verification with the challenge', async () => {
    const res = await signedPost(
      slack.url,
      JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' }),
      'application/json',
    );
    expect(await res.text()).toContain('abc123');
  });

  it('answers a DM with chat.postMessage carrying blocks and a text fallback', async () => {
    const event = eventCallback('Ev0DM1', {
      type: 'message',
      channel_type: 'im',
      channel: 'D0DM',
      user: 'U0ASKER',
      text: 'who knows terraform?',
      ts: '1700000000.000100',
    });
    expect((await signedPost(slack.url, JSON.stringify(event), 'application/json')).status).toBe(200);
    const call = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D0DM');
    expect(call.body['text']).toContain('Who knows Terraform');
    expect(JSON.stringify(call.body['blocks'])).toContain('Rajdeep Sengupta');
  });

  it('answers an app mention in a thread', async () => {
    const event = eventCallback('Ev0MEN', {
      type: 'app_mention',
      channel: 'C0CHAN',
      user: 'U0ASKER',
      text: '<@UBOT> what are rajdeep’s skills',
      ts: '1700000000.000300',
    });
    await signedPost(slack.url, JSON.stringify(event), 'application/json');
    const call = await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'C0CHAN');
    expect(call.body['thread_ts']).toBe('1700000000.000300');
    expect(call.body['text']).toContain('Rajdeep Sengupta');
  });

  it('acknowledges a retried delivery but answers it only once', async () => {
    const event = eventCallback('Ev0RETRY', {
      type: 'message',
      channel_type: 'im',
      channel: 'D0RETRY',
      user: 'U0ASKER',
      text: 'rajat skills',
      ts: '1700000000.000400',
    });
    const first = await signedPost(slack.url, JSON.stringify(event), 'application/json');
    await fake.waitFor((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D0RETRY');
    const retry = await signedPost(slack.url, JSON.stringify(event), 'application/json', {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect([first.status, retry.status]).toEqual([200, 200]);
    await new Promise((r) => setTimeout(r, 300));
    expect(
      fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D0RETRY'),
    ).toHaveLength(1);
  });

  it('replaces the message with the next page when a paging button is clicked', async () => {
    const payload = messageButtonClick(fake.responseUrl('page'), {
      action_id: 'pa_page_next',
      value: encodePageValue({ command: 'skills', args: { person: 'rajat' } }, 0),
    });
    const res = await signedPost(
      slack.url,
      form({ payload: JSON.stringify(payload) }),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const call = await fake.waitFor((c) => c.method === 'response:page');
    expect(call.body['replace_original']).toBe(true);
    expect(JSON.stringify(call.body['blocks'])).toContain('Rajat Jog');
  });
  it('answers a "which one?" pick as a new message for the chosen person', async () => {
    const question = await signedPost(
      slack.url,
      form({
        command: '/skills',
        text: 'raj',
        user_id: 'U0ASKER',
        user_name: 'asker',
        team_id: 'T0FAKE',
        channel_id: 'C0CHAN',
        trigger_id: 'trigger-which',
        response_url: fake.responseUrl('which'),
      }),
      'application/x-www-form-urlencoded',
    );
    const ambiguous = (await question.json()) as {
      blocks: { type: string; elements?: { action_id: string; value?: string }[] }[];
    };
    const picks = ambiguous.blocks
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.action_id.startsWith('pa_run_'));
    expect(picks.map((p) => p.value)).toEqual(['/skills rajat jog', '/skills rajdeep sengupta']);
    const payload = messageButtonClick(fake.responseUrl('pick'), {
      action_id: picks[1]!.action_id,
      value: picks[1]!.value!,
    });
    const res = await signedPost(
      slack.url,
      form({ payload: JSON.stringify(payload) }),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    const call = await fake.waitFor((c) => c.method === 'response:pick');
    expect(call.body['replace_original']).toBe(false);
    expect(JSON.stringify(call.body['blocks'])).toContain('Rajdeep Sengupta — Skills');
  });

  it('answers a follow-up button on an answer in a thread in that thread', async () => {
    const payload = messageButtonClick(
      fake.responseUrl('in-thread'),
      { action_id: 'pa_run_0', value: '/skills rajat' },
      { message: { type: 'message', ts: '1700000000.000700', thread_ts: '1700000000.000111', text: 'x' } },
    );
    await signedPost(
      slack.url,
      form({ payload: JSON.stringify(payload) }),
      'application/x-www-form-urlencoded',
    );
    const call = await fake.waitFor((c) => c.method === 'response:in-thread');
    expect(call.body).toMatchObject({ thread_ts: '1700000000.000111', replace_original: false });
    expect(JSON.stringify(call.body['blocks'])).toContain('Rajat Jog');
  });
});
