// Slack's 3-second ack with the real Bolt app against the fake, in both modes: a slow slash command is
// acked empty and answered through its response_url; a DM asked in a thread is answered in that
// thread; a rate-limited Web API call is retried after Slack's Retry-After.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../fakes/fake-slack.js';
import { holdAnswers } from '../fakes/slow-dispatch.js';
import { eventCallback, form, signedPost, slashCommand, startSlack } from './slack-harness.js';

const fake = new FakeSlack();
const delay: { ms: number; gate?: Promise<void> } = { ms: 0 };
let socket: Awaited<ReturnType<typeof startSlack>>;
let http: Awaited<ReturnType<typeof startSlack>>;

beforeAll(async () => {
  await fake.start();
  socket = await startSlack(fake, 'socket', { count: 0 }, { delay, ackAfterMs: 250, pingTimeoutMs: 5000 });
  http = await startSlack(fake, 'http', { count: 0 }, { delay, ackAfterMs: 250, pingTimeoutMs: 5000 });
});
afterAll(async () => {
  await socket.close();
  await http.close();
  await fake.stop();
});
beforeEach(() => {
  delay.ms = 0;
  delete delay.gate;
});

type Message = { response_type?: string; blocks?: unknown[]; thread_ts?: string };

describe('Slack: answering within 3 seconds', () => {
  it('acks a slow slash command empty in Socket Mode and answers through response_url', async () => {
    const release = holdAnswers(delay);
    const ack = await fake.send({
      envelope_id: 'env-slow-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: slashCommand('/skills', 'rajat', fake.responseUrl('slow-socket')),
    });
    expect(ack['payload'] ?? {}).toEqual({});
    release();
    const answer = await fake.waitFor((c) => c.method === 'response:slow-socket');
    const body = answer.body as Message;
    expect(body.response_type).toBe('in_channel');
    expect(JSON.stringify(body.blocks)).toContain('Django');
  });

  it('acks a slow slash command empty in HTTP mode and answers through response_url, privately when private', async () => {
    // The answer waits until the ack has been seen: the ack cannot have waited for it.
    const release = holdAnswers(delay);
    const res = await signedPost(
      http.url,
      form(slashCommand('/contact', 'rajdeep', fake.responseUrl('slow-http'))),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    release();
    const body = (await fake.waitFor((c) => c.method === 'response:slow-http')).body as Message;
    expect(body.response_type).toBe('ephemeral');
    expect(JSON.stringify(body.blocks)).toContain('rajdipgupta019@gmail.com');
  });

  it('answers a fast slash command in the ack itself', async () => {
    const ack = (await fake.send({
      envelope_id: 'env-fast-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: slashCommand('/skills', 'rajdeep', fake.responseUrl('fast')),
    })) as { payload?: Message };
    expect(JSON.stringify(ack.payload?.blocks)).toContain('Terraform');
    expect(fake.calls.some((c) => c.method === 'response:fast')).toBe(false);
  });
});

describe('Slack: threads and rate limits', () => {
  it('answers a DM asked in a thread in that thread', async () => {
    await fake.send({
      envelope_id: 'env-thread-1',
      type: 'events_api',
      payload: eventCallback('Ev0THREAD', {
        type: 'message',
        channel_type: 'im',
        channel: 'D0THREAD',
        user: 'U0ASKER',
        text: 'who knows terraform?',
        ts: '1700000000.000900',
        thread_ts: '1700000000.000100',
      }),
    });
    const call = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D0THREAD',
    );
    expect(call.body['thread_ts']).toBe('1700000000.000100');
  });

  it('answers a DM asked outside a thread in the conversation itself', async () => {
    await fake.send({
      envelope_id: 'env-thread-2',
      type: 'events_api',
      payload: eventCallback('Ev0NOTHREAD', {
        type: 'message',
        channel_type: 'im',
        channel: 'D0NOTHREAD',
        user: 'U0ASKER',
        text: 'who knows terraform?',
        ts: '1700000000.000901',
      }),
    });
    const call = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D0NOTHREAD',
    );
    expect(call.body['thread_ts']).toBeUndefined();
  });

  it('retries an answer Slack rate-limits, after the Retry-After it gives', async () => {
    fake.rateLimited.add('chat.postMessage');
    const asked = Date.now();
    await fake.send({
      envelope_id: 'env-limited',
      type: 'events_api',
      payload: eventCallback('Ev0LIMITED', {
        type: 'message',
        channel_type: 'im',
        channel: 'D0LIMITED',
        user: 'U0ASKER',
        text: 'who knows rust?',
        ts: '1700000000.000902',
      }),
    });
    const posts = () =>
      fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body['channel'] === 'D0LIMITED');
    await fake.waitFor((c) => c.method === 'chat.postMessage' && posts().length === 2, 8000);
    expect(Date.now() - asked).toBeGreaterThanOrEqual(fake.retryAfterSeconds * 1000);
    expect(JSON.stringify(posts()[1]?.body)).toContain('Rust');
  }, 10_000);
});
