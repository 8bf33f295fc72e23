// A slash command naming someone (`<@U123>`) needs users.info for the name. When Slack's API is
// rate-limited, failing or silent, the answer must not wait on it: the app's client retried for up to
// 30 minutes, so every such command went unanswered (Bolt gave up with a 404 after 3 s). Slack's
// payloads are trusted by signature, not shape: a missing text is read as none.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../e2e/fakes/fake-slack.js';
import { eventCallback, form, signedPost, slashCommand, startSlack } from '../../e2e/slack/slack-harness.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
let usersInfo: 'hang' | 'rate-limited' | 'fail' | 'ok' = 'ok';
let usersInfoCalls = 0;

const fake = new FakeSlack();
// The fake answers every Web API method; only users.info is made to misbehave here.
const fakeHttp = fake as unknown as { onHttp: Handler };
const answer = fakeHttp.onHttp.bind(fake);
fakeHttp.onHttp = async (req, res) => {
  if (!req.url?.includes('users.info')) return answer(req, res);
  usersInfoCalls += 1;
  if (usersInfo === 'hang') return; // never answers
  if (usersInfo === 'rate-limited') {
    res.writeHead(429, { 'retry-after': '30', 'content-type': 'application/json' });
    res.end('{"ok":false,"error":"ratelimited"}');
    return;
  }
  if (usersInfo === 'fail') {
    res.writeHead(500);
    res.end();
    return;
  }
  return answer(req, res);
};

let slack: Awaited<ReturnType<typeof startSlack>>;
beforeAll(async () => {
  await fake.start();
  slack = await startSlack(fake, 'http');
});
afterAll(async () => {
  await slack.close();
  await fake.stop();
});

async function slash(text: string) {
  const started = Date.now();
  const response = await signedPost(
    slack.url,
    form(slashCommand('/whoknows', text, fake.responseUrl('r'))),
    'application/x-www-form-urlencoded',
  );
  return { status: response.status, body: await response.text(), ms: Date.now() - started };
}

describe('a slash command that mentions someone', () => {
  for (const mode of ['hang', 'rate-limited', 'fail'] as const) {
    const state = { hang: 'silent', 'rate-limited': 'rate-limited', fail: 'failing' }[mode];
    it(`is answered in the ack, within 2 s, while users.info is ${state}`, async () => {
      usersInfo = mode;
      const { status, body, ms } = await slash(`rust <@U0${mode.length}>`);
      expect(status).toBe(200);
      expect(JSON.parse(body).text).toMatch(/^Who knows Rust/);
      expect(ms).toBeLessThan(2000);
    });
  }

  it('looks a name up once and reuses it', async () => {
    usersInfo = 'ok';
    usersInfoCalls = 0;
    await slash('<@U0KNOWN> rust');
    await slash('<@U0KNOWN> rust');
    expect(usersInfoCalls).toBe(1);
  });

  it('looks up at most 5 of a hundred members mentioned in one command (Slack rate-limits users.info)', async () => {
    usersInfo = 'ok';
    usersInfoCalls = 0;
    const storm = Array.from({ length: 100 }, (_, i) => `<@U9${String(i).padStart(6, '0')}>`).join(' ');
    const { status } = await slash(`rust ${storm}`);
    expect(status).toBe(200);
    expect(usersInfoCalls).toBeLessThanOrEqual(5);
  });
});

describe('a message event whose text is not a string', () => {
  it('is answered with the help card instead of failing in the listener', async () => {
    const event = { type: 'app_mention', user: 'U0ASKER', channel: 'C0FAKE', ts: '1700000001.000100' };
    const response = await signedPost(
      slack.url,
      JSON.stringify(eventCallback('Ev0NOTEXT', event)),
      'application/json',
    );
    expect(response.status).toBe(200);
    const posted = await fake.waitFor(
      (c) => c.method === 'chat.postMessage' && c.body['thread_ts'] === event.ts,
    );
    expect(String(posted.body['text'])).toMatch(/^What you can ask/);
  });
});
